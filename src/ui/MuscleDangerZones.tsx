import { useMemo } from "react";
import { dangerZonesOf } from "../domain/safety/dangerZoneAreas";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** The section's words, in one place for translation. */
const words = {
  title: "Danger zones",
  depth: (min: number, max: number) =>
    min === max ? `about ${min} mm from the skin in a slim adult` : `${min}-${max} mm from the skin in a slim adult`,
  onModel: "Outline them on the model",
};

/**
 * The needling danger zones near a muscle: what lies there, how deep, and how to stay clear
 * (practitioners); with a switch for the overlay that outlines them on the model where they can be drawn.
 */
export function MuscleDangerZones({ muscleId }: { muscleId: string }) {
  const dataset = useDataset();
  const zones = useMemo(() => dangerZonesOf(dataset, muscleId), [dataset, muscleId]);
  const shown = useAppStore((s) => s.dangerZonesShown);
  const setShown = useAppStore((s) => s.setDangerZonesShown);
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  if (zones.length === 0) return null;
  return (
    <section className="danger-zones" aria-labelledby="danger-zones-heading">
      <h2 id="danger-zones-heading">{words.title}</h2>
      {practitioner && zones.some((zone) => zone.surface) && (
        <button type="button" className="secondary-button" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {words.onModel}
        </button>
      )}
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
