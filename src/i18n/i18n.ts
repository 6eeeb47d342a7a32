import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "./languages";
import { de } from "./locales/de";
import { en } from "./locales/en";
import { es } from "./locales/es";

/**
 * The app's one i18next instance, with every language bundled (no network) and initialised
 * synchronously, so the first render already speaks the chosen language. Plurals go through
 * `Intl.PluralRules`, `{{n, number}}` through `Intl.NumberFormat`.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es }, de: { translation: de } },
  lng: "en",
  fallbackLng: "en",
  supportedLngs: ["en", "es", "de"],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.services.formatter?.add("lowercase", (value: unknown, lng: string | undefined) =>
  String(value).toLocaleLowerCase(lng),
);

/** Switches the interface language (synchronous: every resource is bundled). */
export function setInterfaceLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
