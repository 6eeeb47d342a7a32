import { useMemo } from "react";
import { dangerZonesOf } from "../domain/safety/dangerZoneAreas";
import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/**
 * The needling danger zones near a muscle: what lies there, how deep, and how to stay clear
 * (practitioners); with a switch for the overlay that outlines them on the model where they can be drawn.
 */
export function MuscleDangerZones({ muscleId }: { muscleId: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const english = useLocalization().lang === "en" ? undefined : "en";
  const zones = useMemo(() => dangerZonesOf(dataset, muscleId), [dataset, muscleId]);
  const shown = useAppStore((s) => s.dangerZonesShown);
  const setShown = useAppStore((s) => s.setDangerZonesShown);
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  if (zones.length === 0) return null;
  return (
    <section className="danger-zones" aria-labelledby="danger-zones-heading">
      <h2 id="danger-zones-heading">{t("danger.title")}</h2>
      {practitioner && zones.some((zone) => zone.surface) && (
        <button type="button" className="secondary-button" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {t("danger.onModel")}
        </button>
      )}
      <ul className="text-list">
        {zones.map((zone) => (
          <li key={zone.id}>
            <strong lang={english}>{zone.name}</strong>
            {zone.depthMm && (
              <span className="detail">
                {" "}
                ·{" "}
                {zone.depthMm.min === zone.depthMm.max
                  ? t("danger.depthAbout", { min: zone.depthMm.min })
                  : t("danger.depthRange", { min: zone.depthMm.min, max: zone.depthMm.max })}
              </span>
            )}
            <p lang={english}>{zone.guidance}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
