import type { Vec3 } from "../schema/primitives";
import { distance, lerp } from "./vec3";

/** The point at fraction t (0..1) of a polyline's arc length; a single point is returned as is. */
export function pointAlongPolyline(points: readonly Vec3[], t: number): Vec3 {
  const first = points[0];
  if (!first) throw new Error("pointAlongPolyline needs at least one point");
  if (points.length === 1) return [...first];
  const lengths = points.slice(1).map((p, i) => distance(points[i] ?? p, p));
  const total = lengths.reduce((a, b) => a + b, 0);
  let remaining = Math.min(Math.max(t, 0), 1) * total;
  for (let i = 0; i < lengths.length; i++) {
    const segment = lengths[i] ?? 0;
    const a = points[i] ?? first;
    const b = points[i + 1] ?? a;
    if (remaining <= segment || i === lengths.length - 1)
      return lerp(a, b, segment > 0 ? Math.min(remaining / segment, 1) : 0);
    remaining -= segment;
  }
  return [...first];
}

/**
 * A smooth curve through the points (a uniform Catmull-Rom spline, ends clamped), sampled at
 * parameter t in 0..1 spread evenly over the segments.
 */
export function catmullRom(points: readonly Vec3[], t: number): Vec3 {
  const n = points.length;
  const first = points[0];
  if (!first) throw new Error("catmullRom needs at least one point");
  if (n === 1) return [...first];
  const s = Math.min(Math.max(t, 0), 1) * (n - 1);
  const i = Math.min(Math.floor(s), n - 2);
  const f = s - i;
  const p1 = points[i] ?? first;
  const p2 = points[i + 1] ?? p1;
  const p0 = points[i - 1] ?? lerp(p1, p2, -1);
  const p3 = points[i + 2] ?? lerp(p1, p2, 2);
  const f2 = f * f;
  const f3 = f2 * f;
  const out: Vec3 = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    const a = p0[k] ?? 0;
    const b = p1[k] ?? 0;
    const c = p2[k] ?? 0;
    const d = p3[k] ?? 0;
    out[k] = 0.5 * (2 * b + (c - a) * f + (2 * a - 5 * b + 4 * c - d) * f2 + (3 * b - a - 3 * c + d) * f3);
  }
  return out;
}
