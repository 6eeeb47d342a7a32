import { ANY_PART, type SkinPartCode } from "../bodyParts/bodyParts";
import type { CompiledReferral } from "./compileReferral";
import { zoneWeightAt } from "./compileReferral";

/** The referral field of one muscle instance at one point. */
export interface FieldSample {
  /** Strongest essential-zone weight, 0..1 (0.5 on an essential zone's edge). */
  essential: number;
  /** Strongest spillover-zone weight, 0..1. */
  spillover: number;
  /** Index (in the muscle's `referral.zones`) of the strongest essential zone, or -1. */
  essentialZone: number;
  /** Index of the strongest spillover zone, or -1. */
  spilloverZone: number;
}

/** A zeroed sample to reuse as `out`. */
export function emptySample(): FieldSample {
  return { essential: 0, spillover: 0, essentialZone: -1, spilloverZone: -1 };
}

/** What the field says about a point: inside an essential zone, a spillover zone, or neither. */
export type FieldKind = "essential" | "spillover" | "none";

/**
 * The zone field `(muscle, point on a skin part) -> weights`: the one function that both paints
 * referral patterns and scores the reverse lookup, so what is painted is exactly what is searched.
 * A zone counts only on the skin parts it reaches (`part` is the point's skin part code, or
 * `ANY_PART` when unknown). Writes into `out` (no allocation on hot paths) and returns it.
 */
export function zoneField(
  referral: CompiledReferral,
  x: number,
  y: number,
  z: number,
  part: SkinPartCode = ANY_PART,
  out: FieldSample = emptySample(),
): FieldSample {
  out.essential = 0;
  out.spillover = 0;
  out.essentialZone = -1;
  out.spilloverZone = -1;
  for (const zone of referral.zones) {
    const weight = zoneWeightAt(zone, x, y, z, part);
    if (weight === 0) continue;
    if (zone.kind === "essential") {
      if (weight > out.essential) {
        out.essential = weight;
        out.essentialZone = zone.index;
      }
    } else if (weight > out.spillover) {
      out.spillover = weight;
      out.spilloverZone = zone.index;
    }
  }
  return out;
}

/** Classifies a field sample: essential wins over spillover; each counts from weight 0.5 (the drawn edge). */
export function fieldKind(sample: FieldSample): FieldKind {
  if (sample.essential >= 0.5) return "essential";
  if (sample.spillover >= 0.5) return "spillover";
  return "none";
}
