import { useMemo } from "react";
import { conditionsOfMuscle } from "../domain/queries/conditionsOfMuscle";
import { useDataset } from "../state/datasetContext";
import { GroupPatternLine } from "./GroupPatternLine";
import { MuscleClinical } from "./MuscleClinical";
import { RelatedConditions } from "./RelatedConditions";
import { TextList } from "./TextList";

/** A muscle: plain summary, trigger points, where it refers, symptoms, conditions, self-care; clinical detail below. */
export function MusclePanel({ id }: { id: string }) {
  const dataset = useDataset();
  const muscle = dataset.muscleById.get(id);
  const conditions = useMemo(() => conditionsOfMuscle(dataset, id), [dataset, id]);
  if (!muscle) return null;
  return (
    <>
      <p className="subtitle">
        <i>{muscle.latinName}</i>
        {muscle.aliases.length > 0 && <> · also called {muscle.aliases.join(", ")}</>}
      </p>
      <p className="lead">{muscle.summary}</p>
      <section aria-labelledby="pattern-heading">
        <h2 id="pattern-heading">Where it refers pain</h2>
        <p>{muscle.referral.description}</p>
        {muscle.referral.groupPattern && <GroupPatternLine muscleId={id} group={muscle.referral.groupPattern} />}
        <p className="legend">
          <span className="swatch swatch-essential" aria-hidden="true" /> essential zone
          <span className="swatch swatch-spillover" aria-hidden="true" /> spillover zone
          <span className="swatch swatch-tp" aria-hidden="true">
            ×
          </span>{" "}
          trigger point
        </p>
      </section>
      <section aria-labelledby="tp-heading">
        <h2 id="tp-heading">Trigger points</h2>
        <ol className="text-list">
          {muscle.triggerPoints.map((tp) => (
            <li key={tp.id}>
              <strong>{tp.name}.</strong> {tp.description}
            </li>
          ))}
        </ol>
      </section>
      <TextList title="What people notice" items={muscle.symptoms} />
      <RelatedConditions conditions={conditions} />
      <TextList title="Self-care" items={muscle.selfCare} />
      <MuscleClinical id={id} />
    </>
  );
}
