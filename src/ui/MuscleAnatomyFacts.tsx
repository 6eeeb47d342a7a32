import type { Muscle } from "../domain/schema/muscleSchema";

/** The labels, in one place for translation. */
const words = { origin: "Origin", insertion: "Insertion", action: "Action", innervation: "Innervation" };

/** A muscle's origin, insertion, action and innervation as a list of facts (practitioners and students). */
export function MuscleAnatomyFacts({ muscle }: { muscle: Muscle }) {
  const { anatomy } = muscle;
  return (
    <dl className="facts">
      <dt>{words.origin}</dt>
      <dd>{anatomy.origin}</dd>
      <dt>{words.insertion}</dt>
      <dd>{anatomy.insertion}</dd>
      <dt>{words.action}</dt>
      <dd>{anatomy.action}</dd>
      <dt>{words.innervation}</dt>
      <dd>{anatomy.innervation}</dd>
    </dl>
  );
}
