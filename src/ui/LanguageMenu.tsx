import { useId } from "react";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../i18n/languages";
import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";

/** The language menu: each language named in itself; the choice is remembered and carried in links. */
export function LanguageMenu() {
  const { t } = useText();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const id = useId();
  return (
    <div className="language-menu">
      <label htmlFor={id} className="visually-hidden">
        {t("app.language")}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const chosen = event.target.value;
          if (isLanguage(chosen)) setLanguage(chosen);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
