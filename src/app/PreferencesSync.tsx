import { useEffect } from "react";
import { i18n } from "../i18n/i18n";
import { readPreferences, writePreferences } from "../state/preferences";
import { useAppStore } from "../state/store";

/** The notice shown when the stored preferences could not be read (in English; shown in the current language). */
export const PREFERENCES_RESET_NOTICE =
  "Your saved settings on this device could not be read, so they were reset to the defaults.";

/** This device's local storage, or undefined where the browser refuses it. */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Restores the preferences stored on this device (the audience only when the link does not name
 * one; the language was chosen before the first render, see `startLanguage`) and stores them, the
 * language included, whenever they change. Unreadable stored state is reset with a notice.
 * Mount it after `UrlSync`, so the link is applied first. Renders nothing.
 */
export function PreferencesSync() {
  useEffect(() => {
    const found = readPreferences(storage());
    const state = useAppStore.getState();
    if (found.kind === "ok") {
      const linkNamesAudience = new URLSearchParams(window.location.search).has("for");
      useAppStore.setState({
        brushRadius: found.preferences.brushRadius,
        ...(linkNamesAudience ? {} : { audience: found.preferences.audience }),
      });
    } else if (found.kind === "corrupt") {
      const reset = i18n.t("link.preferencesReset");
      state.setNotice(state.notice ? `${state.notice} ${reset}` : reset);
    }
    return useAppStore.subscribe((next, previous) => {
      const same =
        next.audience === previous.audience &&
        next.brushRadius === previous.brushRadius &&
        next.language === previous.language;
      if (same) return;
      writePreferences(storage(), { audience: next.audience, brushRadius: next.brushRadius, language: next.language });
    });
  }, []);
  return null;
}
