import type { AppState } from "../state/store";
import { currentQuestion } from "../state/study/studySlice";

/** What study mode shows on the model: patterns in the two study colours, trigger points and a tap. */
export interface StudyView {
  /** Muscles whose patterns are painted: the first in red, the second in blue. */
  patterns: string[];
  /** Muscles whose trigger points are marked. */
  triggerPoints: string[];
  /** The tapped point and whether it was right, after a tap question. */
  tap: { at: [number, number, number]; correct: boolean } | null;
}

const nothing: StudyView = { patterns: [], triggerPoints: [], tap: null };

/**
 * What study mode draws: in a quiz, the pattern to name (with its trigger points), or after a tap
 * question the right pattern and trigger points and where the tap landed; when comparing, both
 * patterns. Nothing outside study mode or before a tap question is answered.
 */
export function studyView(state: AppState): StudyView {
  if (!state.studyOpen) return nothing;
  if (state.studyTab === "compare") {
    const patterns = state.compared.filter((id): id is string => id !== null);
    return { patterns, triggerPoints: patterns, tap: null };
  }
  if (state.studyTab !== "quiz") return nothing;
  const current = currentQuestion(state.round);
  if (!current) return nothing;
  const { muscleId, kind } = current.question.card;
  if (kind !== "name" && !current.answer) return nothing;
  const tap = current.answer?.tap;
  return {
    patterns: [muscleId],
    triggerPoints: [muscleId],
    tap: tap ? { at: tap, correct: current.answer?.correct ?? false } : null,
  };
}

/** A key that changes exactly when `studyView` draws something else (so components re-render only then). */
export function studyViewKey(state: AppState): string {
  const view = studyView(state);
  return JSON.stringify(view);
}
