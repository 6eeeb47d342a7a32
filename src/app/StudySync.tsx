import { useEffect } from "react";
import { i18n } from "../i18n/i18n";
import { useAppStore } from "../state/store";
import { readStudyDeck, writeStudyDeck } from "../state/study/studyStorage";

/** The notice shown when the stored study progress could not be read (in English; shown in the current language). */
export const STUDY_RESET_NOTICE =
  "Your saved study progress on this device could not be read, so it was reset: quizzes start afresh.";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Restores the study deck stored on this device and stores it whenever an answer changes it;
 * unreadable stored progress is reset with a notice. Renders nothing.
 */
export function StudySync() {
  useEffect(() => {
    const found = readStudyDeck(storage());
    const state = useAppStore.getState();
    if (found.kind === "ok") state.setDeck(found.deck);
    else if (found.kind === "corrupt") {
      const reset = i18n.t("link.studyReset");
      state.setNotice(state.notice ? `${state.notice} ${reset}` : reset);
    }
    return useAppStore.subscribe((next, previous) => {
      if (next.deck !== previous.deck) writeStudyDeck(storage(), next.deck);
    });
  }, []);
  return null;
}
