import { setInterfaceLanguage } from "../i18n/i18n";
import { isLanguage, type Language, matchLanguage } from "../i18n/languages";
import { storedLanguage } from "../state/preferences";
import { useAppStore } from "../state/store";
import { storage } from "./PreferencesSync";

/**
 * The language to open in: the link's `lang=` if valid, else the one chosen earlier on this device,
 * else the browser's (`navigator.languages`), else English. (A bad `lang=` gets its notice from the link's decoding.)
 */
export function pickStartLanguage(
  search: string,
  stored: Language | undefined,
  preferred: readonly string[],
): Language {
  const fromLink = new URLSearchParams(search).get("lang");
  if (isLanguage(fromLink)) return fromLink;
  return stored ?? matchLanguage(preferred);
}

/** Sets the start language in the store and the interface before the first render. */
export function startLanguage(): void {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = pickStartLanguage(window.location.search, storedLanguage(storage()), preferred);
  setInterfaceLanguage(language);
  document.documentElement.lang = language;
  useAppStore.setState({ language });
}
