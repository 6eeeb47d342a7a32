import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";

/** While painting: the one paint/erase control and a clear way out ("Done"), on the body's view itself. */
export function PaintModeBar() {
  const { t } = useText();
  const painMode = useAppStore((s) => s.painMode);
  const tool = useAppStore((s) => s.painTool);
  const setPainTool = useAppStore((s) => s.setPainTool);
  const setPainMode = useAppStore((s) => s.setPainMode);
  if (!painMode) return null;
  return (
    <fieldset className="paint-bar">
      <legend>{t("pain.painting")}</legend>
      <button type="button" aria-pressed={tool === "paint"} onClick={() => setPainTool("paint")}>
        {t("pain.paint")}
      </button>
      <button type="button" aria-pressed={tool === "erase"} onClick={() => setPainTool("erase")}>
        {t("pain.erase")}
      </button>
      <button type="button" className="done-button" onClick={() => setPainMode(false)}>
        {t("pain.done")}
      </button>
    </fieldset>
  );
}
