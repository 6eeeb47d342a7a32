import { dangerZonesOf } from "../domain/safety/dangerZoneAreas";
import type { DangerZone } from "../domain/schema/safetySchema";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

const text = {
  toggle: "Danger zones",
  region: "Danger-zone overlay",
  allTitle: "Danger zones (violet hatching)",
  muscleTitle: (muscle: string) => `Danger zones of the ${muscle} (violet hatching)`,
  depth: (zone: DangerZone) => (zone.depthMm ? `${zone.depthMm.min}-${zone.depthMm.max} mm deep` : "depth varies"),
  notDrawn: "not drawn",
  none: "No danger zone is listed for this muscle.",
  note: "Minimum skin-to-structure depth in a slim adult; check depth for each patient.",
} as const;

/**
 * The practitioners' danger-zone switch over the 3D view, with the legend of what is drawn: every
 * outlined zone, or the selected muscle's own, each with its typical depth to the structure at risk.
 */
export function DangerZoneControls() {
  const dataset = useDataset();
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  const shown = useAppStore((s) => s.dangerZonesShown);
  const setShown = useAppStore((s) => s.setDangerZonesShown);
  const muscleId = useAppStore((s) => (s.selection?.kind === "muscle" ? s.selection.id : undefined));
  if (!practitioner) return null;
  const zones = dangerZonesOf(dataset, muscleId).filter((zone) => muscleId !== undefined || zone.surface);
  const muscle = muscleId === undefined ? undefined : dataset.muscleById.get(muscleId);
  return (
    <section className="danger-controls" aria-label={text.region}>
      <button type="button" className="danger-toggle" aria-pressed={shown} onClick={() => setShown(!shown)}>
        <span className="swatch swatch-danger" aria-hidden="true" /> {text.toggle}
      </button>
      {shown && (
        <div className="danger-legend">
          <h2>{muscle ? text.muscleTitle(muscle.name) : text.allTitle}</h2>
          {zones.length === 0 ? (
            <p>{text.none}</p>
          ) : (
            <ul>
              {zones.map((zone) => (
                <li key={zone.id}>
                  <strong>{zone.name}</strong>: {text.depth(zone)}
                  {!zone.surface && <> ({text.notDrawn})</>}
                </li>
              ))}
            </ul>
          )}
          <p className="danger-note">{text.note}</p>
        </div>
      )}
    </section>
  );
}
