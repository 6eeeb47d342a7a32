import type { Selection } from "./selectionTypes";

/** A chairside presentation: the muscles stepped through and where to return afterwards. */
export interface Presentation {
  /** Muscle ids in the order of the panel it was started from. */
  muscles: string[];
  /** The muscle shown. */
  index: number;
  /** The selection to return to when it ends. */
  returnTo: Selection | null;
}

/** The presentation slice of the store. */
export interface PresentationSlice {
  /** The presentation running, or null. */
  presentation: Presentation | null;
  /** Starts presenting `muscles` from `index`, selecting that muscle. */
  startPresentation: (muscles: readonly string[], returnTo: Selection | null, index?: number) => void;
  /** Shows the next (+1) or previous (-1) muscle; stops at either end. */
  stepPresentation: (delta: 1 | -1) => void;
  /** Ends the presentation and returns to where it was started. */
  endPresentation: () => void;
}

type PresentationState = PresentationSlice & { selection: Selection | null; focusedTriggerPoint: string | null };
type SetState = (fn: (state: PresentationState) => Partial<PresentationState>) => void;

const muscleAt = (muscles: readonly string[], index: number): Selection | null => {
  const id = muscles[index];
  return id === undefined ? null : { kind: "muscle", id };
};

/** The presentation slice of the store. */
export function createPresentationSlice(set: SetState): PresentationSlice {
  return {
    presentation: null,
    startPresentation: (muscles, returnTo, index = 0) =>
      set(() => {
        const start = Math.min(Math.max(0, index), muscles.length - 1);
        const selection = muscleAt(muscles, start);
        if (!selection) return {};
        return {
          presentation: { muscles: [...muscles], index: start, returnTo },
          selection,
          focusedTriggerPoint: null,
        };
      }),
    stepPresentation: (delta) =>
      set((s) => {
        const p = s.presentation;
        if (!p) return {};
        const index = Math.min(Math.max(0, p.index + delta), p.muscles.length - 1);
        if (index === p.index) return {};
        return { presentation: { ...p, index }, selection: muscleAt(p.muscles, index), focusedTriggerPoint: null };
      }),
    endPresentation: () =>
      set((s) => (s.presentation ? { presentation: null, selection: s.presentation.returnTo } : {})),
  };
}
