import { fieldNormal, projectToLevel } from "../../../src/domain/geometry/fieldOps";
import { catmullRom, pointAlongPolyline } from "../../../src/domain/geometry/polyline";
import type { DistanceFunction } from "../../../src/domain/geometry/surfaceNets";
import { addScaled, cross, distance, dot, lerp, normalize, sub } from "../../../src/domain/geometry/vec3";
import type { MuscleGeometry } from "../../../src/domain/schema/geometrySchema";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import type { MuscleLayout } from "./muscleLayout";
import { type MuscleProfile, muscleProfile } from "./muscleLooks";
import { thicknessAcross } from "./profiles";

/** The outer face of a muscle: a grid of (nu + 1) x (nv + 1) points, u across, v along (row-major by v). */
export interface LoftSurface {
  /** Cells across. */
  nu: number;
  /** Cells along. */
  nv: number;
  /** Outer-face points. */
  points: Vec3[];
  /** Outward unit normals at the points. */
  normals: Vec3[];
  /** Thickness under each point, metres. */
  thickness: number[];
}

/** Options of `loftSurface`. */
export interface LoftOptions {
  /** The field row v is projected on (default: `skin` for every row). */
  rowField?: (v: number) => DistanceFunction;
  /** Width, thickness, end rounding and bulge along the muscle (default: the shape kind's, with no bulge). */
  profile?: MuscleProfile;
}

/** Grid resolution for a muscle: about 1.5 cm cells, within limits. */
export function loftResolution(length: number, width: number): { nu: number; nv: number } {
  const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(Math.round(x), lo), hi);
  return { nu: clamp(width / 0.014, 4, 14), nv: clamp(length / 0.014, 8, 30) };
}

function polylineLength(points: readonly Vec3[]): number {
  return points.slice(1).reduce((sum, p, i) => sum + distance(points[i] ?? p, p), 0);
}

/**
 * The origin line bowed away from the insertion by `rise` metres at its middle (0 at its ends), so a fan's
 * or sheet's free border is a rounded arc rather than a straight cut.
 */
function archedLine(line: (u: number) => Vec3, toward: Vec3, rise: number): (u: number) => Vec3 {
  if (rise === 0) return line;
  const chord = normalize(sub(line(1), line(0)), [0, 1, 0]);
  const out = sub(line(0.5), toward);
  const away = normalize(addScaled(out, chord, -dot(out, chord)), [0, 1, 0]);
  return (u) => addScaled(line(u), away, rise * Math.sin(Math.PI * u));
}

/**
 * Lofts a muscle over the body: rows run from the origin line through the via points to the insertion
 * line, widened to the shape's width profile, then every point is projected onto the skin field's
 * level set at `-depth` (so the muscle sits under the skin).
 */
export function loftSurface(
  layout: MuscleLayout,
  geometry: MuscleGeometry,
  skin: DistanceFunction,
  options: LoftOptions = {},
): LoftSurface {
  const { origin, insertion, via, depth } = layout;
  const fieldAt = options.rowField ?? (() => skin);
  const profile = options.profile ?? { ...muscleProfile("", geometry), bulge: 0 };
  const bulge = profile.bulge;
  const line = (u: number) => (profile.curvedOrigin ? catmullRom(origin, u) : pointAlongPolyline(origin, u));
  const ins = (u: number) => pointAlongPolyline(insertion, u);
  const spanO = polylineLength(origin);
  const o = archedLine(line, ins(0.5), profile.arch * spanO);
  const axisPoints = [o(0.5), ...via, ins(0.5)];
  const axis = (v: number) => catmullRom(axisPoints, v);
  const length = polylineLength(axisPoints.map((_, i) => axis(i / (axisPoints.length - 1))));
  const spanI = polylineLength(insertion);
  const { nu, nv } = loftResolution(length, Math.max(geometry.width, spanO, spanI));
  const ends = sub(ins(1), ins(0));
  const reference = dot(ends, ends) > 0 ? ends : sub(o(1), o(0));
  const points: Vec3[] = [];
  const normals: Vec3[] = [];
  const thickness: number[] = [];
  for (let j = 0; j <= nv; j++) {
    const v = j / nv;
    const field = fieldAt(v);
    const center = axis(v);
    const tangent = normalize(sub(axis(Math.min(1, v + 0.02)), axis(Math.max(0, v - 0.02))));
    const n = fieldNormal(field, projectToLevel(field, center, -depth, 4));
    let side = normalize(cross(n, tangent), [1, 0, 0]);
    if (dot(reference, reference) > 0 && dot(side, reference) < 0) side = [-side[0], -side[1], -side[2]];
    const ruledHalf = (spanO * (1 - v) + spanI * v) / 2;
    const extra = Math.max(0, (geometry.width / 2) * profile.width(v) - ruledHalf);
    const bend = sub(center, lerp(o(0.5), ins(0.5), v));
    const squeeze = profile.squeeze(v);
    const rowMid = addScaled(lerp(o(0.5), ins(0.5), v), bend, 1);
    for (let i = 0; i <= nu; i++) {
      const u = i / nu;
      const ruled = addScaled(addScaled(lerp(o(u), ins(u), v), bend, 1), side, (2 * u - 1) * extra);
      const guide = lerp(rowMid, ruled, squeeze);
      const t = profile.thickness(v) * thicknessAcross(u);
      const p = projectToLevel(field, guide, -depth - bulge * geometry.thickness * (1 - t), 8);
      points.push(p);
      normals.push(fieldNormal(field, p));
      thickness.push(geometry.thickness * t);
    }
  }
  return { nu, nv, points, normals, thickness };
}
