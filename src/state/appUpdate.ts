import { create } from "zustand";

/** A newer version of the app waiting to take over. */
export interface AppUpdate {
  /** Switches to the waiting version and reloads; null while there is none. */
  apply: (() => void) | null;
}

/** Set by the service worker registration when a new version is installed; the update prompt reads it. */
export const useAppUpdate = create<AppUpdate>(() => ({ apply: null }));
