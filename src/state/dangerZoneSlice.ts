/** The practitioners' danger-zone overlay on the model. */
export interface DangerZoneSlice {
  /** True while the danger zones are drawn on the skin. */
  dangerZonesShown: boolean;
  /** Shows or hides the danger zones. */
  setDangerZonesShown: (shown: boolean) => void;
}

type SetState = (fn: (state: DangerZoneSlice) => Partial<DangerZoneSlice>) => void;

/** The danger-zone slice of the store. */
export function createDangerZoneSlice(set: SetState): DangerZoneSlice {
  return {
    dangerZonesShown: false,
    setDangerZonesShown: (dangerZonesShown) => set(() => ({ dangerZonesShown })),
  };
}
