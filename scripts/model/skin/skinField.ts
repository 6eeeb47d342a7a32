import { type BlendedField, createBlendedField, type FieldEntry } from "../../../src/domain/geometry/blendedField";
import { BodyPart } from "./bodyParts";
import { addFoot, addHand, carveFloor } from "./handFootShapes";
import { addEye, addHeadMidline, addHeadSide, addNoseAndLips, carveEyeSocket } from "./headShapes";
import { addArm, addLeg } from "./limbShapes";
import { ShapeList } from "./shapeList";
import { addTrunkMidline, addTrunkSide } from "./trunkShapes";

/** Every skin primitive in blending order: head, face, trunk, limbs (both sides), then the floor cut. */
export function skinEntries(): FieldEntry[] {
  const mid = new ShapeList(1);
  const sides = [new ShapeList(1), new ShapeList(-1)] as const;
  const steps: ((list: ShapeList) => void)[][] = [
    [addHeadMidline],
    [addHeadSide, carveEyeSocket, addEye],
    [addNoseAndLips, addTrunkMidline],
    [addTrunkSide, addArm, addHand, addLeg, addFoot],
    [carveFloor],
  ];
  const entries: FieldEntry[] = [];
  steps.forEach((group, i) => {
    const paired = i % 2 === 1;
    for (const step of group) {
      if (!paired) {
        step(mid);
        continue;
      }
      for (const side of sides) step(side);
    }
    if (!paired) entries.push(...mid.entries.splice(0));
    else for (const side of sides) entries.push(...side.entries.splice(0));
  });
  return entries;
}

/** The skin as a signed distance field (negative inside), with culling for fast evaluation. */
export function createSkinField(): BlendedField {
  return createBlendedField(skinEntries(), { cellSize: 0.03, margin: 0.05 });
}

/** The skin without arms and hands, for laying trunk muscles (same blending otherwise). */
export function createTrunkField(): BlendedField {
  const limbs = new Set<number>([BodyPart.arm, BodyPart.hand]);
  return createBlendedField(
    skinEntries().filter((e) => !limbs.has(e.part)),
    { cellSize: 0.03, margin: 0.05 },
  );
}
