import { useText } from "../i18n/useText";

/** The visible mark on text shown in English because its translation is missing (in the interface language). */
export function EnglishTag() {
  const { t, i18n } = useText();
  return (
    <span className="lang-tag" lang={i18n.language} title={t("english.tagTitle")}>
      {t("english.tag")}
    </span>
  );
}
