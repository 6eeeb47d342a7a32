import { useMemo } from "react";
import { dangerZonesOfMuscle } from "../domain/queries/dangerZones";
import { useDataset } from "../state/datasetContext";

/** The section's words, in one place for translation. */
const words = {
  title: "Danger zones",
  depth: (min: number, max: number) =>
    min === max ? `about ${min} mm from the skin in a slim adult` : `${min}-${max} mm from the skin in a slim adult`,
};

/** The needling danger zones near a muscle: what lies there, how deep, and how to stay clear (practitioners). */
export function MuscleDangerZones({ muscleId }: { muscleId: string }) {
  const { safety } = useDataset();
  const zones = useMemo(() => dangerZonesOfMuscle(safety, muscleId), [safety, muscleId]);
  if (zones.length === 0) return null;
  return (
    <section className="danger-zones" aria-labelledby="danger-zones-heading">
      <h2 id="danger-zones-heading">{words.title}</h2>
      <ul className="text-list">
        {zones.map((zone) => (
          <li key={zone.id}>
            <strong>{zone.name}</strong>
            {zone.depthMm && <span className="detail"> · {words.depth(zone.depthMm.min, zone.depthMm.max)}</span>}
            <p>{zone.guidance}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
