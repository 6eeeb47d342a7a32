import type { SkinPartCode } from "../bodyParts/bodyParts";
import type { Dataset } from "../datasetTypes";
import { compileReferral } from "../referral/compileReferral";
import { instancesOf } from "../referral/muscleInstances";
import { emptySample, fieldKind, zoneField } from "../referral/zoneField";
import type { Vec3 } from "../schema/primitives";

/**
 * True when a tapped point of the skin lies in an essential zone of the muscle, on either side:
 * the same zone field that paints the pattern and ranks the reverse lookup.
 */
export function refersTo(dataset: Dataset, muscleId: string, point: Vec3, part: SkinPartCode): boolean {
  const muscle = dataset.muscleById.get(muscleId);
  if (!muscle) return false;
  const sample = emptySample();
  return instancesOf(muscle).some(
    (instance) => fieldKind(zoneField(compileReferral(instance, dataset), ...point, part, sample)) === "essential",
  );
}

/** How far from the spot over a trigger point a tap may land and still find it, metres. */
export const TRIGGER_POINT_TOLERANCE = 0.035;

/** The distance from a tap to the nearest of some spots (the skin over a muscle's trigger points), metres. */
export function distanceToNearest(point: Vec3, spots: readonly Vec3[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const s of spots) best = Math.min(best, Math.hypot(point[0] - s[0], point[1] - s[1], point[2] - s[2]));
  return best;
}
