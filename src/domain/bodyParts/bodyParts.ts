import type { Side } from "../geometry/resolveLandmarkRef";

/** The parts of the body a landmark can lie on (bilateral parts are written for the left side). */
export const BODY_PARTS = ["head", "neck", "trunk", "arm", "leg"] as const;

/** One of `BODY_PARTS`. */
export type BodyPart = (typeof BODY_PARTS)[number];

/**
 * The parts of the skin, one code per entry (the skin's `_PART` vertex attribute): the head, neck
 * and trunk once, each arm and each leg on its own. A code is the index in this list.
 */
export const SKIN_PARTS = ["head", "neck", "trunk", "arm.left", "arm.right", "leg.left", "leg.right"] as const;

/** A skin part code, or `ANY_PART` when the part of a point is not known (nothing is filtered). */
export type SkinPartCode = number;

/** The code of a point whose part is not known. */
export const ANY_PART: SkinPartCode = -1;

/** Bit mask of the axial skin parts (head, neck, trunk), which blend into one another. */
export const AXIAL_MASK = 0b111;

/** Bit mask of every skin part. */
export const ALL_PARTS_MASK = (1 << SKIN_PARTS.length) - 1;

/** The skin part code of a body part on one side (the side only matters for arms and legs). */
export function skinPartCode(part: BodyPart, side: Side): SkinPartCode {
  if (part === "arm") return side === "left" ? 3 : 4;
  if (part === "leg") return side === "left" ? 5 : 6;
  return BODY_PARTS.indexOf(part);
}

/** True for the head, neck and trunk codes. */
export function isAxial(code: SkinPartCode): boolean {
  return code >= 0 && code < 3;
}

/**
 * The parts a set of body parts may reach on the skin, as a bit mask: each limb on its own, and
 * the whole axial body (head, neck, trunk) as soon as any of it is named, because those parts blend
 * into each other without a seam people would see.
 */
export function reachMask(parts: readonly BodyPart[], side: Side): number {
  let mask = 0;
  for (const part of parts) {
    const code = skinPartCode(part, side);
    mask |= isAxial(code) ? AXIAL_MASK : 1 << code;
  }
  return mask;
}

/** The mask a skin point of `code` belongs to: its own limb, or the axial body; every part for `ANY_PART`. */
export function pointMask(code: SkinPartCode): number {
  if (code < 0 || code >= SKIN_PARTS.length) return ALL_PARTS_MASK;
  return isAxial(code) ? AXIAL_MASK : 1 << code;
}

/** The parts a landmark's `part` field names (one part, or a list for a landmark on a seam). */
export function partsOf(part: BodyPart | readonly BodyPart[] | undefined): readonly BodyPart[] {
  if (part === undefined) return [];
  return typeof part === "string" ? [part] : part;
}
