import { type MuscleSource, musclesOf } from "../../domain/queries/panelMuscles";
import { useText } from "../../i18n/useText";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { enterFullscreen } from "./fullscreen";

/**
 * Starts the chairside presentation (practitioners only) of a region's or a condition's muscles in
 * the panel's order, or of a muscle and its associated muscles, on full screen where allowed.
 */
export function PresentButton({ source }: { source: Exclude<MuscleSource, { kind: "all" }> }) {
  const { t } = useText();
  const dataset = useDataset();
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  const start = useAppStore((s) => s.startPresentation);
  if (!practitioner) return null;
  const muscles = musclesOf(dataset, source);
  if (muscles.length === 0) return null;
  return (
    <p className="present-entry">
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          enterFullscreen();
          start(muscles, useAppStore.getState().selection);
        }}
      >
        {source.kind === "muscle" ? t("present.muscle") : t("present.list")}
      </button>
      <span className="hint">{t("present.hint")}</span>
    </p>
  );
}
