import type { Vec3 } from "../schema/primitives";
import type { DistanceFunction } from "./surfaceNets";

/** Unit gradient of a distance function by central differences (the outward surface normal). */
export function fieldNormal(distance: DistanceFunction, p: Vec3, eps = 0.0005): Vec3 {
  const [x, y, z] = p;
  const gx = distance(x + eps, y, z) - distance(x - eps, y, z);
  const gy = distance(x, y + eps, z) - distance(x, y - eps, z);
  const gz = distance(x, y, z + eps) - distance(x, y, z - eps);
  const l = Math.hypot(gx, gy, gz);
  return l > 0 ? [gx / l, gy / l, gz / l] : [0, 1, 0];
}

/**
 * Moves a point onto the level set `distance = level` by gradient (Newton) steps.
 * `level` 0 is the surface; negative levels lie inside it.
 */
export function projectToLevel(distance: DistanceFunction, p: Vec3, level = 0, steps = 6): Vec3 {
  let q: Vec3 = [...p];
  for (let s = 0; s < steps; s++) {
    const d = distance(q[0], q[1], q[2]) - level;
    if (Math.abs(d) < 1e-5) break;
    const n = fieldNormal(distance, q);
    q = [q[0] - n[0] * d, q[1] - n[1] * d, q[2] - n[2] * d];
  }
  return q;
}
