import { useText } from "../i18n/useText";
import type { ViewPreset } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

const presets: ViewPreset[] = ["front", "back", "left", "right"];

/**
 * The camera presets, pressed for the side the camera looks from now (whatever moved it), and
 * "Whole body". A preset turns around what is framed and keeps a close-up; "Whole body" steps back.
 */
export function ViewPresets() {
  const { t } = useText();
  const cameraView = useAppStore((s) => s.cameraView);
  const setView = useAppStore((s) => s.setView);
  const showWholeBody = useAppStore((s) => s.showWholeBody);
  return (
    <fieldset className="view-presets">
      <legend>{t("view.legend")}</legend>
      {presets.map((preset) => (
        <button key={preset} type="button" aria-pressed={cameraView === preset} onClick={() => setView(preset)}>
          {t(`view.${preset}`)}
        </button>
      ))}
      <button type="button" onClick={showWholeBody}>
        {t("view.wholeBody")}
      </button>
    </fieldset>
  );
}
