import { useText } from "../i18n/useText";

/** Prints the panel as a handout (the print stylesheet drops the 3D view and the controls). */
export function PrintButton() {
  const { t } = useText();
  return (
    <button type="button" className="link-button print-button" onClick={() => window.print()}>
      {t("panel.print")}
    </button>
  );
}
