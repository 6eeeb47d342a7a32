import type { BlendedField } from "../../../src/domain/geometry/blendedField";
import type { DistanceFunction } from "../../../src/domain/geometry/surfaceNets";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import { BodyPart } from "../skin/bodyParts";

/** The skin fields a muscle is laid on. */
export interface MuscleFields {
  /** The whole skin. */
  skin: BlendedField;
  /** The skin without arms and hands: trunk sheets follow it so they do not bridge the armpit onto the arm. */
  trunk: BlendedField;
}

/** Regions whose muscles lie on the trunk wall. */
const TRUNK_REGIONS = new Set(["chest", "abdomen", "upper-back", "low-back"]);
const LIMB_PARTS = new Set<number>([BodyPart.arm, BodyPart.hand]);

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(Math.max((x - a) / (b - a), 0), 1);
  return t * t * (3 - 2 * t);
};

/**
 * The field each row of a muscle is projected on, by v (0 origin, 1 insertion). Trunk muscles use the
 * trunk-only field, blending to the whole skin over the last quarter toward an end that lies on the arm
 * (so pectoralis major and latissimus dorsi still reach the humerus); other muscles use the whole skin.
 */
export function rowFields(
  regions: readonly string[],
  origin: Vec3,
  insertion: Vec3,
  fields: MuscleFields,
): (v: number) => DistanceFunction {
  const whole: DistanceFunction = (x, y, z) => fields.skin.distance(x, y, z);
  if (!regions.some((r) => TRUNK_REGIONS.has(r))) return () => whole;
  const onArm = (p: Vec3) => LIMB_PARTS.has(fields.skin.nearestPart(p[0], p[1], p[2]));
  const armAtOrigin = onArm(origin);
  const armAtInsertion = onArm(insertion);
  return (v) => {
    const s = Math.max(armAtOrigin ? 1 - smoothstep(0, 0.28, v) : 0, armAtInsertion ? smoothstep(0.72, 1, v) : 0);
    if (s >= 1) return whole;
    return (x, y, z) => {
      const t = fields.trunk.distance(x, y, z);
      return s <= 0 ? t : t + (fields.skin.distance(x, y, z) - t) * s;
    };
  };
}
