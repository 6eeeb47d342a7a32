import type { Layers } from "./selectionTypes";

/** "What a session is like": the step-by-step explainer of a dry-needling session for the selected muscle. */
export interface SessionGuideSlice {
  /** The explainer's step shown (0 is the first), or null when it is closed. */
  sessionStep: number | null;
  /**
   * Opens the explainer at its first step: the skin is shown, opaque, and the camera frames where a
   * needle may go for the selected muscle.
   */
  openSessionGuide: () => void;
  /** Shows another step. */
  setSessionStep: (step: number) => void;
  /** Closes the explainer; the camera frames the muscle's pattern again. */
  closeSessionGuide: () => void;
}

/** What the slice reads and writes besides its own fields. */
interface Shared {
  layers: Layers;
  xray: boolean;
  isolate: boolean;
  frameRequest: number;
}

type SetState = (
  fn: (state: SessionGuideSlice & Shared) => Partial<SessionGuideSlice & Shared> | SessionGuideSlice,
) => void;

/** The session explainer's slice of the store. */
export function createSessionGuideSlice(set: SetState): SessionGuideSlice {
  return {
    sessionStep: null,
    openSessionGuide: () =>
      set((s) => ({
        sessionStep: 0,
        layers: { ...s.layers, skin: true },
        xray: false,
        isolate: false,
        frameRequest: s.frameRequest + 1,
      })),
    setSessionStep: (sessionStep) => set(() => ({ sessionStep })),
    closeSessionGuide: () =>
      set((s) => (s.sessionStep === null ? s : { sessionStep: null, frameRequest: s.frameRequest + 1 })),
  };
}
