import { useDataset } from "../state/datasetContext";
import { MuscleButton } from "./MuscleButton";
import { PossibleSourcesNote } from "./PossibleSourcesNote";
import { PresentButton } from "./presentation/PresentButton";
import { TextList } from "./TextList";

/** A condition: what it is, red flags first, then the muscles commonly involved (highlighted on the model). */
export function ConditionPanel({ id }: { id: string }) {
  const dataset = useDataset();
  const condition = dataset.conditionById.get(id);
  if (!condition) return null;
  return (
    <>
      <p className="lead">{condition.summary}</p>
      <PresentButton source={{ kind: "condition", id }} />
      <section className="red-flags" aria-labelledby="red-flags-heading">
        <h2 id="red-flags-heading">See a doctor first if</h2>
        <ul className="text-list">
          {condition.redFlags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="condition-muscles-heading">
        <h2 id="condition-muscles-heading">Muscles commonly involved</h2>
        <PossibleSourcesNote />
        <ol className="button-list">
          {condition.muscles.map((m) => (
            <li key={m}>
              <MuscleButton id={m} />
            </li>
          ))}
        </ol>
      </section>
      <TextList title="Self-care" items={condition.selfCare} />
    </>
  );
}
