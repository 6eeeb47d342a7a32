import { useText } from "../i18n/useText";

/** The honest note shown with every list of muscles. */
export function PossibleSourcesNote() {
  const { t } = useText();
  return (
    <p className="note" role="note">
      {t("common.possibleSourcesBefore")}
      <strong>{t("common.possibleSourcesStrong")}</strong>
      {t("common.possibleSourcesAfter")}
    </p>
  );
}
