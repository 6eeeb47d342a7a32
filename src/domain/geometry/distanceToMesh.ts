import type { Vec3 } from "../schema/primitives";

/** Squared distance from p to triangle abc (Ericson's closest-point regions). */
export function pointTriangleDistanceSq(p: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  const sub = (u: Vec3, v: Vec3): Vec3 => [u[0] - v[0], u[1] - v[1], u[2] - v[2]];
  const dot = (u: Vec3, v: Vec3) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const at = (s: number, t: number): Vec3 => [
    a[0] + ab[0] * s + ac[0] * t,
    a[1] + ab[1] * s + ac[1] * t,
    a[2] + ab[2] * s + ac[2] * t,
  ];
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub(p, a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  let q: Vec3;
  const bp = sub(p, b);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  const cp = sub(p, c);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  const va = d3 * d6 - d5 * d4;
  const vb = d5 * d2 - d1 * d6;
  const vc = d1 * d4 - d3 * d2;
  if (d1 <= 0 && d2 <= 0) q = a;
  else if (d3 >= 0 && d4 <= d3) q = b;
  else if (d6 >= 0 && d5 <= d6) q = c;
  else if (vc <= 0 && d1 >= 0 && d3 <= 0) q = at(d1 / (d1 - d3), 0);
  else if (vb <= 0 && d2 >= 0 && d6 <= 0) q = at(0, d2 / (d2 - d6));
  else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    q = [b[0] + (c[0] - b[0]) * w, b[1] + (c[1] - b[1]) * w, b[2] + (c[2] - b[2]) * w];
  } else {
    const denom = 1 / (va + vb + vc);
    q = at(vb * denom, vc * denom);
  }
  const d = sub(p, q);
  return dot(d, d);
}

/** Distance from a point to the nearest triangle of an indexed mesh (brute force with a box test). */
export function distanceToMesh(p: Vec3, positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let best = Infinity;
  const vertex = (i: number): Vec3 => [positions[i * 3] ?? 0, positions[i * 3 + 1] ?? 0, positions[i * 3 + 2] ?? 0];
  for (let t = 0; t < indices.length; t += 3) {
    const a = vertex(indices[t] ?? 0);
    const b = vertex(indices[t + 1] ?? 0);
    const c = vertex(indices[t + 2] ?? 0);
    const r = Math.sqrt(best);
    let outside = false;
    for (let k = 0; k < 3; k++) {
      const lo = Math.min(a[k] ?? 0, b[k] ?? 0, c[k] ?? 0);
      const hi = Math.max(a[k] ?? 0, b[k] ?? 0, c[k] ?? 0);
      if ((p[k] ?? 0) < lo - r || (p[k] ?? 0) > hi + r) outside = true;
    }
    if (outside) continue;
    best = Math.min(best, pointTriangleDistanceSq(p, a, b, c));
  }
  return Math.sqrt(best);
}
