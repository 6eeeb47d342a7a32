import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";

/**
 * The one-click pair of views of a selected muscle: its referral pattern on the skin (with the
 * trigger points), or the muscle itself with the skin off, seen from the side it lies on.
 */
export function MuscleShotSwitch() {
  const { t } = useText();
  const muscleSelected = useAppStore((s) => s.selection?.kind === "muscle");
  const skin = useAppStore((s) => s.layers.skin || s.xray);
  const showMuscle = useAppStore((s) => s.showMuscle);
  if (!muscleSelected) return null;
  return (
    <fieldset className="muscle-shot">
      <legend>{t("view.show")}</legend>
      <button type="button" aria-pressed={skin} onClick={() => showMuscle("pattern")}>
        {t("view.showPattern")}
      </button>
      <button type="button" aria-pressed={!skin} onClick={() => showMuscle("muscle")}>
        {t("view.showMuscle")}
      </button>
    </fieldset>
  );
}
