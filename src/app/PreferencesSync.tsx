import { useEffect } from "react";
import { readPreferences, writePreferences } from "../state/preferences";
import { useAppStore } from "../state/store";

/** The notice shown when the stored preferences could not be read. */
export const PREFERENCES_RESET_NOTICE =
  "Your saved settings on this device could not be read, so they were reset to the defaults.";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Restores the preferences stored on this device (the audience only when the link does not name
 * one) and stores them whenever they change. Unreadable stored state is reset with a notice.
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
      state.setNotice(state.notice ? `${state.notice} ${PREFERENCES_RESET_NOTICE}` : PREFERENCES_RESET_NOTICE);
    }
    return useAppStore.subscribe((next, previous) => {
      if (next.audience === previous.audience && next.brushRadius === previous.brushRadius) return;
      writePreferences(storage(), { audience: next.audience, brushRadius: next.brushRadius });
    });
  }, []);
  return null;
}
