import { useMemo } from "react";
import { conditionsOfMuscle } from "../domain/queries/conditionsOfMuscle";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { GroupPatternLine } from "./GroupPatternLine";
import { MuscleClinical } from "./MuscleClinical";
import { PresentButton } from "./presentation/PresentButton";
import { RelatedConditions } from "./RelatedConditions";
import { TextList } from "./TextList";
import { TriggerPointList } from "./TriggerPointList";

/**
 * A muscle: plain summary, where it refers, its numbered trigger points, symptoms, conditions and
 * self-care. The clinical detail opens right under the summary for practitioners, and folds at
 * the end for patients.
 */
export function MusclePanel({ id }: { id: string }) {
  const dataset = useDataset();
  const practitioner = useAppStore((s) => s.audience === "practitioner");
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
      <PresentButton source={{ kind: "muscle", id }} />
      {practitioner && <MuscleClinical id={id} />}
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
        <TriggerPointList points={muscle.triggerPoints} />
      </section>
      <TextList title="What people notice" items={muscle.symptoms} />
      <RelatedConditions conditions={conditions} />
      <TextList title="Self-care" items={muscle.selfCare} />
      {!practitioner && <MuscleClinical id={id} />}
    </>
  );
}
