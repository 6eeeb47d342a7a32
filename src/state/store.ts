import { create } from "zustand";
import type { Selection } from "./selectionTypes";

/** The app's state; components read it with a selector, per-frame code with `getState()`. */
export interface AppState {
  /** The current selection, or null on the start screen. */
  selection: Selection | null;
  /** Selects a region, muscle or condition; null clears. */
  select: (selection: Selection | null) => void;
}

/** Creates a store (tests make their own; the app uses `useAppStore`). */
export const createAppStore = () =>
  create<AppState>()((set) => ({
    selection: null,
    select: (selection) => set({ selection }),
  }));

/** The app's one store. */
export const useAppStore = createAppStore();
