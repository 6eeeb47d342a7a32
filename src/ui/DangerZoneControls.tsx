import { dangerZonesOf } from "../domain/safety/dangerZoneAreas";
import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/**
 * The practitioners' danger-zone switch over the 3D view, with the legend of what is drawn: every
 * outlined zone, or the selected muscle's own, each with its typical depth to the structure at risk.
 */
export function DangerZoneControls() {
  const { t } = useText();
  const dataset = useDataset();
  const english = useLocalization().lang === "en" ? undefined : "en";
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  const shown = useAppStore((s) => s.dangerZonesShown);
  const setShown = useAppStore((s) => s.setDangerZonesShown);
  const muscleId = useAppStore((s) => (s.selection?.kind === "muscle" ? s.selection.id : undefined));
  if (!practitioner) return null;
  const zones = dangerZonesOf(dataset, muscleId).filter((zone) => muscleId !== undefined || zone.surface);
  const muscle = muscleId === undefined ? undefined : dataset.muscleById.get(muscleId);
  return (
    <section className="danger-controls" aria-label={t("danger.region")}>
      <button type="button" className="danger-toggle" aria-pressed={shown} onClick={() => setShown(!shown)}>
        <span className="swatch swatch-danger" aria-hidden="true" /> {t("danger.toggle")}
      </button>
      {shown && (
        <div className="danger-legend">
          <h2>{muscle ? t("danger.muscleTitle", { muscle: muscle.name }) : t("danger.allTitle")}</h2>
          {zones.length === 0 ? (
            <p>{t("danger.none")}</p>
          ) : (
            <ul>
              {zones.map((zone) => (
                <li key={zone.id}>
                  <strong lang={english}>{zone.name}</strong>:{" "}
                  {zone.depthMm
                    ? t("danger.deep", { min: zone.depthMm.min, max: zone.depthMm.max })
                    : t("danger.varies")}
                  {!zone.surface && <> ({t("danger.notDrawn")})</>}
                </li>
              ))}
            </ul>
          )}
          <p className="danger-note">{t("danger.note")}</p>
        </div>
      )}
    </section>
  );
}
