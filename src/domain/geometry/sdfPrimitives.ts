import type { Vec3 } from "../schema/primitives";
import { cross, normalize } from "./vec3";

/** A solid given by a signed distance: negative inside, positive outside, metres. */
export interface SdfPrimitive {
  /** Lower corner of an axis-aligned box that holds the solid. */
  readonly min: Vec3;
  /** Upper corner of that box. */
  readonly max: Vec3;
  /** Signed distance (exact or a close estimate that never overshoots much) at a point. */
  distance(x: number, y: number, z: number): number;
}

/** Local frame of an oriented primitive: three orthonormal axes. */
export type Axes = readonly [Vec3, Vec3, Vec3];

/** The identity frame. */
export const worldAxes: Axes = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** An orthonormal frame whose second axis (local y) points along `up`, first axis as close to `side` as allowed. */
export function axesFromUp(up: Vec3, side: Vec3 = [1, 0, 0]): Axes {
  const y = normalize(up);
  const z = normalize(cross(side, y), [0, 0, 1]);
  const x = cross(y, z);
  return [x, y, z];
}

function boxAround(center: Vec3, reach: number): { min: Vec3; max: Vec3 } {
  return {
    min: [center[0] - reach, center[1] - reach, center[2] - reach],
    max: [center[0] + reach, center[1] + reach, center[2] + reach],
  };
}

/** An ellipsoid (Quilez's gradient-scaled estimate), optionally rotated into `axes`. */
export function ellipsoid(center: Vec3, radii: Vec3, axes: Axes = worldAxes): SdfPrimitive {
  const [cx, cy, cz] = center;
  const [rx, ry, rz] = radii;
  const [ax, ay, az] = axes;
  return {
    ...boxAround(center, Math.max(rx, ry, rz)),
    distance(x, y, z) {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const lx = px * ax[0] + py * ax[1] + pz * ax[2];
      const ly = px * ay[0] + py * ay[1] + pz * ay[2];
      const lz = px * az[0] + py * az[1] + pz * az[2];
      const k0 = Math.hypot(lx / rx, ly / ry, lz / rz);
      const k1 = Math.hypot(lx / (rx * rx), ly / (ry * ry), lz / (rz * rz));
      if (k1 < 1e-9) return -Math.min(rx, ry, rz);
      return (k0 * (k0 - 1)) / k1;
    },
  };
}

/**
 * A cone with rounded ends from `a` (radius ra) to `b` (radius rb), Quilez's exact round cone.
 * `flatten` (0..1] squashes the cross-section along `flattenAxis` (perpendicular to a-b), for limbs
 * that are wider than deep.
 */
export function roundCone(
  a: Vec3,
  b: Vec3,
  ra: number,
  rb: number,
  flatten = 1,
  flattenAxis: Vec3 = [0, 0, 1],
): SdfPrimitive {
  const [ax, ay, az] = a;
  const bax = b[0] - ax;
  const bay = b[1] - ay;
  const baz = b[2] - az;
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const [nx, ny, nz] = normalize(flattenAxis);
  const stretch = 1 / flatten - 1;
  const reach = Math.max(ra, rb);
  return {
    min: [Math.min(a[0], b[0]) - reach, Math.min(a[1], b[1]) - reach, Math.min(a[2], b[2]) - reach],
    max: [Math.max(a[0], b[0]) + reach, Math.max(a[1], b[1]) + reach, Math.max(a[2], b[2]) + reach],
    distance(x, y, z) {
      let px = x - ax;
      let py = y - ay;
      let pz = z - az;
      if (stretch !== 0) {
        const s = (px * nx + py * ny + pz * nz) * stretch;
        px += nx * s;
        py += ny * s;
        pz += nz * s;
      }
      const yy = px * bax + py * bay + pz * baz;
      const zz = yy - l2;
      const xvx = px * l2 - bax * yy;
      const xvy = py * l2 - bay * yy;
      const xvz = pz * l2 - baz * yy;
      const x2 = xvx * xvx + xvy * xvy + xvz * xvz;
      const y2 = yy * yy * l2;
      const z2 = zz * zz * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      let d: number;
      if (Math.sign(zz) * a2 * z2 > k) d = Math.sqrt(x2 + z2) * il2 - rb;
      else if (Math.sign(yy) * a2 * y2 < k) d = Math.sqrt(x2 + y2) * il2 - ra;
      else d = (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - ra;
      return d * flatten;
    },
  };
}

/** A box with rounded edges: half extents `half` along `axes`, edge radius `round`. */
export function roundBox(center: Vec3, half: Vec3, round: number, axes: Axes = worldAxes): SdfPrimitive {
  const [cx, cy, cz] = center;
  const [ax, ay, az] = axes;
  const hx = half[0] - round;
  const hy = half[1] - round;
  const hz = half[2] - round;
  return {
    ...boxAround(center, Math.hypot(half[0], half[1], half[2])),
    distance(x, y, z) {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const qx = Math.abs(px * ax[0] + py * ax[1] + pz * ax[2]) - hx;
      const qy = Math.abs(px * ay[0] + py * ay[1] + pz * ay[2]) - hy;
      const qz = Math.abs(px * az[0] + py * az[1] + pz * az[2]) - hz;
      const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
      return outside + Math.min(Math.max(qx, qy, qz), 0) - round;
    },
  };
}
