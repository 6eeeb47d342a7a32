import { type SkinPartCode, skinPartCode } from "../../../src/domain/bodyParts/bodyParts";
import type { BlendedField } from "../../../src/domain/geometry/blendedField";
import { BodyPart, type BodyPartId } from "./bodyParts";

/** The domain's body part of each generator part (hands belong to the arm, thighs, shanks and feet to the leg). */
const domainPart = {
  [BodyPart.head]: "head",
  [BodyPart.neck]: "neck",
  [BodyPart.trunk]: "trunk",
  [BodyPart.arm]: "arm",
  [BodyPart.hand]: "arm",
  [BodyPart.thigh]: "leg",
  [BodyPart.shank]: "leg",
  [BodyPart.foot]: "leg",
} as const;

/**
 * The skin part code of each vertex (the `_PART` attribute): the part of the skin primitive the
 * vertex lies nearest to, with the side of arms and legs taken from x (limbs never cross the midline).
 */
export function skinParts(positions: Float32Array, field: BlendedField): Uint8Array {
  const out = new Uint8Array(positions.length / 3);
  for (let v = 0; v < out.length; v++) {
    const x = positions[v * 3] ?? 0;
    const part = field.nearestPart(x, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0) as BodyPartId;
    const code: SkinPartCode = skinPartCode(domainPart[part] ?? "trunk", x < 0 ? "right" : "left");
    out[v] = code;
  }
  return out;
}
