import { create } from "zustand";
import type { Language } from "../i18n/languages";
import { createDangerZoneSlice, type DangerZoneSlice } from "./dangerZoneSlice";
import { createHandoutSlice, type HandoutSlice } from "./handoutSlice";
import { createPainSlice, type PainSlice } from "./painSlice";
import { createPresentationSlice, type PresentationSlice } from "./presentationSlice";
import type { Hover, Layers, Selection, ViewPreset } from "./selectionTypes";
import { createSessionGuideSlice, type SessionGuideSlice } from "./sessionGuideSlice";
import { createStudySlice, type StudySlice } from "./study/studySlice";
import { defaultViewState, type ViewState } from "./viewState";

/** What the camera is asked to show of a selected muscle: its referral pattern on the skin, or the muscle itself. */
export type MuscleShot = "pattern" | "muscle";

/** The app's state; components read it with a selector, per-frame code with `getState()`. */
export interface AppState
  extends ViewState,
    PainSlice,
    SessionGuideSlice,
    HandoutSlice,
    PresentationSlice,
    DangerZoneSlice,
    StudySlice {
  /** The language of the interface and of the dataset's patient text. */
  language: Language;
  /** The current selection, or null on the start screen. */
  selection: Selection | null;
  /** What the pointer is over in the 3D view. */
  hover: Hover | null;
  /** A message for the user (e.g. a link named an unknown muscle), or null. */
  notice: string | null;
  /** Bumped by a preset button so the camera moves even when the preset is unchanged. */
  viewRequest: number;
  /** Set by "Whole body": the next preset move frames the whole body again. */
  wholeBody: boolean;
  /** The preset the camera looks from right now (within about 30 degrees), or null between presets. */
  cameraView: ViewPreset | null;
  /** Bumped by "Show the pattern" / "Show the muscle" so the camera frames the selection again. */
  frameRequest: number;
  /** The trigger point (id) whose marker or list entry was pressed, or null. */
  focusedTriggerPoint: string | null;
  /** Selects a region, muscle, condition or topic; null returns to the start screen. */
  select: (selection: Selection | null) => void;
  /** Switches the language. */
  setLanguage: (language: Language) => void;
  /** Sets what the pointer is over. */
  setHover: (hover: Hover | null) => void;
  /** Turns the camera to a preset, keeping a close-up's distance. */
  setView: (view: ViewState["view"]) => void;
  /** Moves the camera back to the whole body, from the side it looks from now. */
  showWholeBody: () => void;
  /** Shows or hides one layer (the camera stays where it is). */
  setLayer: (layer: keyof Layers, shown: boolean) => void;
  /** Changes any other view setting. */
  setViewState: (patch: Partial<ViewState>) => void;
  /** Shows or clears the notice. */
  setNotice: (notice: string | null) => void;
  /** Called by the camera rig when the preset it looks from changes. */
  setCameraView: (view: ViewPreset | null) => void;
  /**
   * Frames the selected muscle: "pattern" shows the skin with the referral pattern and the trigger
   * points from the best side; "muscle" hides the skin and shows the muscle from the side it lies on.
   */
  showMuscle: (shot: MuscleShot) => void;
  /** Highlights a trigger point's marker and text (null clears it). */
  focusTriggerPoint: (id: string | null) => void;
}

/** True when two selections name the same thing (selecting it again changes nothing). */
function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (!a || !b) return a === b;
  const side = (s: Selection) => (s.kind === "muscle" ? s.side : undefined);
  return a.kind === b.kind && a.id === b.id && side(a) === side(b);
}

/** The muscle layers, shown together when the skin is taken off to show a muscle. */
const muscleLayers = { superficial: true, intermediate: true, deep: true } as const;

/** Creates a store (tests make their own; the app uses `useAppStore`). */
export const createAppStore = () =>
  create<AppState>()((set) => ({
    ...defaultViewState,
    ...createPainSlice(set),
    ...createSessionGuideSlice(set),
    ...createHandoutSlice(set),
    ...createPresentationSlice(set),
    ...createDangerZoneSlice(set),
    ...createStudySlice(set),
    language: "en",
    selection: null,
    hover: null,
    notice: null,
    viewRequest: 0,
    wholeBody: false,
    cameraView: "front",
    frameRequest: 0,
    focusedTriggerPoint: null,
    select: (selection) =>
      set((s) =>
        sameSelection(s.selection, selection) ? s : { selection, focusedTriggerPoint: null, sessionStep: null },
      ),
    setLanguage: (language) => set({ language }),
    setHover: (hover) => set({ hover }),
    setView: (view) => set((s) => ({ view, wholeBody: false, viewRequest: s.viewRequest + 1 })),
    showWholeBody: () => set((s) => ({ wholeBody: true, viewRequest: s.viewRequest + 1 })),
    setLayer: (layer, shown) => set((s) => ({ layers: { ...s.layers, [layer]: shown } })),
    setViewState: (patch) => set(patch),
    setNotice: (notice) => set({ notice }),
    setCameraView: (cameraView) => set({ cameraView }),
    showMuscle: (shot) =>
      set((s) => ({
        layers: shot === "pattern" ? { ...s.layers, skin: true } : { ...s.layers, ...muscleLayers, skin: false },
        xray: false,
        frameRequest: s.frameRequest + 1,
      })),
    focusTriggerPoint: (focusedTriggerPoint) => set({ focusedTriggerPoint }),
  }));

/** The app's one store. */
export const useAppStore = createAppStore();
