import type { FieldEntry } from "../../../src/domain/geometry/blendedField";
import type { SdfPrimitive } from "../../../src/domain/geometry/sdfPrimitives";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import type { BodyPartId } from "./bodyParts";

/** Collects skin field entries for one side of the body; `m` mirrors left-side points to that side. */
export class ShapeList {
  /** The collected entries, in order. */
  readonly entries: FieldEntry[] = [];

  /** @param sign +1 builds the left side (as written in the data), -1 the mirrored right side. */
  constructor(readonly sign: 1 | -1) {}

  /** A left-side point moved to this side. */
  m(p: Vec3): Vec3 {
    return [p[0] * this.sign, p[1], p[2]];
  }

  /** Adds a solid with a smooth union of radius `blend`. */
  add(shape: SdfPrimitive, blend: number, part: BodyPartId): void {
    this.entries.push({ shape, blend, part });
  }

  /** Carves a solid out of what came before with a smooth subtraction of radius `blend`. */
  carve(shape: SdfPrimitive, blend: number, part: BodyPartId): void {
    this.entries.push({ shape, blend, part, carve: true });
  }
}
