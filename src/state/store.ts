import { create } from "zustand";
import { createPainSlice, type PainSlice } from "./painSlice";
import type { Hover, Layers, Selection } from "./selectionTypes";
import { defaultViewState, type ViewState } from "./viewState";

/** The app's state; components read it with a selector, per-frame code with `getState()`. */
export interface AppState extends ViewState, PainSlice {
  /** The current selection, or null on the start screen. */
  selection: Selection | null;
  /** What the pointer is over in the 3D view. */
  hover: Hover | null;
  /** A message for the user (e.g. a link named an unknown muscle), or null. */
  notice: string | null;
  /** Bumped by a preset button so the camera moves even when the preset is unchanged. */
  viewRequest: number;
  /** Selects a region, muscle or condition; null returns to the start screen. */
  select: (selection: Selection | null) => void;
  /** Sets what the pointer is over. */
  setHover: (hover: Hover | null) => void;
  /** Moves the camera to a preset. */
  setView: (view: ViewState["view"]) => void;
  /** Shows or hides one layer. */
  setLayer: (layer: keyof Layers, shown: boolean) => void;
  /** Changes any other view setting. */
  setViewState: (patch: Partial<ViewState>) => void;
  /** Shows or clears the notice. */
  setNotice: (notice: string | null) => void;
}

/** Creates a store (tests make their own; the app uses `useAppStore`). */
export const createAppStore = () =>
  create<AppState>()((set) => ({
    ...defaultViewState,
    ...createPainSlice(set),
    selection: null,
    hover: null,
    notice: null,
    viewRequest: 0,
    select: (selection) => set({ selection }),
    setHover: (hover) => set({ hover }),
    setView: (view) => set((s) => ({ view, viewRequest: s.viewRequest + 1 })),
    setLayer: (layer, shown) => set((s) => ({ layers: { ...s.layers, [layer]: shown } })),
    setViewState: (patch) => set(patch),
    setNotice: (notice) => set({ notice }),
  }));

/** The app's one store. */
export const useAppStore = createAppStore();
