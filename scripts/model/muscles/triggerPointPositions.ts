import type { MuscleGeometry } from "../../../src/domain/schema/geometrySchema";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import type { TriggerPoint } from "../../../src/domain/schema/triggerPointSchema";
import { bellySection } from "./freeBelly";
import type { LoftSurface } from "./loftSurface";
import type { MuscleLayout } from "./muscleLayout";

/** The point of a loft's outer face at u (0..1 across) and v (0..1 along), bilinear between grid points. */
export function pointOnLoft(surface: LoftSurface, u: number, v: number): Vec3 {
  const { nu, nv, points } = surface;
  const fu = Math.min(Math.max(u, 0), 1) * nu;
  const fv = Math.min(Math.max(v, 0), 1) * nv;
  const i = Math.min(Math.floor(fu), nu - 1);
  const j = Math.min(Math.floor(fv), nv - 1);
  const su = fu - i;
  const sv = fv - j;
  const at = (a: number, b: number): Vec3 => points[b * (nu + 1) + a] ?? [0, 0, 0];
  const p00 = at(i, j);
  const p10 = at(i + 1, j);
  const p01 = at(i, j + 1);
  const p11 = at(i + 1, j + 1);
  return [0, 1, 2].map(
    (k) =>
      ((p00[k] ?? 0) * (1 - su) + (p10[k] ?? 0) * su) * (1 - sv) + ((p01[k] ?? 0) * (1 - su) + (p11[k] ?? 0) * su) * sv,
  ) as unknown as Vec3;
}

/** The point of a free belly's surface at `along`, turned by `across` from its front. */
export function pointOnBelly(layout: MuscleLayout, geometry: MuscleGeometry, along: number, across: number): Vec3 {
  const { center, side, front, rw, rt } = bellySection(layout, geometry, along);
  const a = Math.PI / 2 - across * Math.PI * 0.45;
  return [0, 1, 2].map(
    (k) => (center[k] ?? 0) + (side[k] ?? 0) * rw * Math.cos(a) + (front[k] ?? 0) * rt * Math.sin(a),
  ) as unknown as Vec3;
}

/** Left-side positions of a muscle's trigger points on its outer face (`across` -1..1 maps to u 0..1). */
export function triggerPointPositions(
  triggerPoints: readonly TriggerPoint[],
  at: (along: number, across: number) => Vec3,
): { id: string; position: Vec3 }[] {
  return triggerPoints.map((tp) => ({ id: tp.id, position: at(tp.along, tp.across) }));
}
