import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { MuscleAnatomyFacts } from "./MuscleAnatomyFacts";
import { MuscleButton } from "./MuscleButton";
import { MuscleDangerZones } from "./MuscleDangerZones";
import { TextList } from "./TextList";

/**
 * The practitioner section of a muscle: anatomy, needling, structures at risk and the danger zones
 * near it, related muscles, sources; open for practitioners.
 */
export function MuscleClinical({ id }: { id: string }) {
  const dataset = useDataset();
  const open = useAppStore((s) => s.audience === "practitioner");
  const muscle = dataset.muscleById.get(id);
  if (!muscle) return null;
  const { needling } = muscle;
  return (
    <details className="clinical" open={open}>
      <summary>For practitioners: anatomy and needling</summary>
      <MuscleAnatomyFacts muscle={muscle} />
      <dl className="facts">
        <dt>Patient position</dt>
        <dd>{needling.position}</dd>
        <dt>Approach</dt>
        <dd>{needling.approach}</dd>
      </dl>
      <section>
        <h2>Structures at risk</h2>
        <ul className="text-list risk-list">
          {needling.structuresAtRisk.map((risk) => (
            <li key={risk.structure}>
              <strong>{risk.structure}</strong>
              {risk.typicalDepthMm !== undefined && <> (as little as {risk.typicalDepthMm} mm deep in a slim adult)</>}:{" "}
              {risk.note}
            </li>
          ))}
        </ul>
      </section>
      <MuscleDangerZones muscleId={id} />
      <TextList title="Cautions" items={needling.cautions} />
      <TextList title="Perpetuating factors" items={muscle.perpetuatingFactors} />
      <TextList title="Differential diagnosis" items={muscle.differentials} />
      {muscle.associatedMuscles.length > 0 && (
        <section>
          <h2>Associated muscles</h2>
          <ul className="button-list">
            {muscle.associatedMuscles.map((m) => (
              <li key={m}>
                <MuscleButton id={m} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>Sources</h2>
        <ul className="text-list">
          {muscle.sources.map((c) => {
            const source = dataset.sources.find((s) => s.id === c.source);
            return (
              <li key={`${c.source}-${c.chapter ?? c.section}`}>
                {source?.title ?? c.source}
                {source?.volume !== undefined && `, vol. ${source.volume}`}
                {source && `, ${source.edition} ed. (${source.year})`}
                {c.chapter !== undefined && `, chapter ${c.chapter}`}
                {c.section && `, ${c.section}`}
              </li>
            );
          })}
        </ul>
      </section>
    </details>
  );
}
