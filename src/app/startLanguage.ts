import translationLoaders from "virtual:dataset-translations";
import { setInterfaceLanguage } from "../i18n/i18n";
import { pickStartLanguage } from "../i18n/languages";
import { storedLanguage } from "../state/preferences";
import { useAppStore } from "../state/store";
import { storage } from "./PreferencesSync";

/**
 * Sets the start language in the store and the interface before the first render, and starts
 * fetching that language's dataset translation at once (the panel picks it up when it is there).
 */
export function startLanguage(): void {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = pickStartLanguage(window.location.search, storedLanguage(storage()), preferred);
  setInterfaceLanguage(language);
  document.documentElement.lang = language;
  useAppStore.setState({ language });
  translationLoaders[language]?.().catch(() => undefined);
}
