import { pointMask } from "../domain/bodyParts/bodyParts";
import type { PainSpot } from "../domain/painLookup/painLookup";
import type { Vec3 } from "../domain/schema/primitives";

export type { PainSpot };

/** Paint adds pain spots under the brush; erase removes them. */
export type PainTool = "paint" | "erase";

/** The pain drawing: spots on the skin where it hurts, and the brush that draws them. */
export interface PainSlice {
  /** True while the canvas paints pain instead of selecting. */
  painMode: boolean;
  /** Spots on the skin (body frame, metres, with their skin part), both sides of the body. */
  painSpots: PainSpot[];
  /** Brush radius in metres. */
  brushRadius: number;
  /** Paint or erase. */
  painTool: PainTool;
  /** Turns pain mode on or off. */
  setPainMode: (on: boolean) => void;
  /** Adds spots, skipping any closer than `spacing` to one already drawn. */
  addPainSpots: (spots: readonly PainSpot[], spacing: number) => void;
  /** Removes every spot within `radius` of a point on skin part `part` (spots on other body parts stay). */
  erasePainSpots: (center: Vec3, radius: number, part?: number) => void;
  /** Removes every spot. */
  clearPain: () => void;
  /** Sets the brush radius (metres). */
  setBrushRadius: (radius: number) => void;
  /** Chooses paint or erase. */
  setPainTool: (tool: PainTool) => void;
}

const distanceSq = (a: Vec3, b: Vec3) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/** Rounds to millimetres, so links stay short and equal drawings compare equal. */
export const roundSpot = ({ position: p, part }: PainSpot): PainSpot => ({
  position: [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000, Math.round(p[2] * 1000) / 1000],
  part,
});

/** Most spots a drawing keeps (about a hand-sized area at the default spacing). */
export const MAX_PAIN_SPOTS = 400;

type SetState = (fn: (state: PainSlice) => PainSlice | Partial<PainSlice>) => void;

/** The pain slice of the store. */
export function createPainSlice(set: SetState): PainSlice {
  return {
    painMode: false,
    painSpots: [],
    brushRadius: 0.02,
    painTool: "paint",
    setPainMode: (painMode) => set(() => ({ painMode })),
    addPainSpots: (spots, spacing) =>
      set((state) => {
        const kept = [...state.painSpots];
        const limit = spacing * spacing;
        for (const spot of spots.map(roundSpot)) {
          if (kept.length >= MAX_PAIN_SPOTS) break;
          if (!kept.some((k) => distanceSq(k.position, spot.position) < limit)) kept.push(spot);
        }
        return kept.length === state.painSpots.length ? state : { painSpots: kept };
      }),
    erasePainSpots: (center, radius, part = -1) =>
      set((state) => {
        const mask = pointMask(part);
        const kept = state.painSpots.filter(
          (spot) => distanceSq(spot.position, center) > radius * radius || (pointMask(spot.part) & mask) === 0,
        );
        return kept.length === state.painSpots.length ? state : { painSpots: kept };
      }),
    clearPain: () => set(() => ({ painSpots: [] })),
    setBrushRadius: (brushRadius) => set(() => ({ brushRadius })),
    setPainTool: (painTool) => set(() => ({ painTool })),
  };
}
