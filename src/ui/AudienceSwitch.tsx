import { useText } from "../i18n/useText";
import { AUDIENCES } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

/**
 * Who the panel speaks to: patients, practitioners or students. Remembered on this device and
 * carried in the link (`for=`); each audience sees its own wording and depth in the panel.
 */
export function AudienceSwitch() {
  const { t } = useText();
  const audience = useAppStore((s) => s.audience);
  const setViewState = useAppStore((s) => s.setViewState);
  return (
    <fieldset className="segmented audience-switch">
      <legend>{t("audience.legend")}</legend>
      {AUDIENCES.map((option) => (
        <button
          key={option}
          type="button"
          title={t(`audience.hint.${option}`)}
          aria-pressed={audience === option}
          onClick={() => setViewState({ audience: option })}
        >
          {t(`audience.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
