import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";

/** Patient or practitioner: the practitioner view opens the clinical detail right below this switch. */
export function AudienceSwitch() {
  const { t } = useText();
  const audience = useAppStore((s) => s.audience);
  const setViewState = useAppStore((s) => s.setViewState);
  return (
    <fieldset className="segmented audience-switch">
      <legend>{t("audience.legend")}</legend>
      <button type="button" aria-pressed={audience === "patient"} onClick={() => setViewState({ audience: "patient" })}>
        {t("audience.patient")}
      </button>
      <button
        type="button"
        aria-pressed={audience === "practitioner"}
        onClick={() => setViewState({ audience: "practitioner" })}
      >
        {t("audience.practitioner")}
      </button>
    </fieldset>
  );
}
