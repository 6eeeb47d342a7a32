import type { Vec3 } from "../domain/schema/primitives";
import type { VertexGrid } from "./vertexGrid";

/** Spacing of the spots a brush stroke leaves, metres. */
export const SPOT_SPACING = 0.008;
/** How far around each spot the drawing is shown on the skin, metres. */
const SHOWN_RADIUS = 0.011;

/** Skin points under a brush: the vertices within `radius` of the hit point, thinned to the spot spacing. */
export function brushSpots(grid: VertexGrid, positions: Float32Array, hit: Vec3, radius: number): Vec3[] {
  const spots: Vec3[] = [hit];
  grid.near(hit[0], hit[1], hit[2], radius, (i) => {
    const p: Vec3 = [positions[i * 3] ?? 0, positions[i * 3 + 1] ?? 0, positions[i * 3 + 2] ?? 0];
    const spaced = spots.every(
      (s) => (s[0] - p[0]) ** 2 + (s[1] - p[1]) ** 2 + (s[2] - p[2]) ** 2 >= SPOT_SPACING ** 2,
    );
    if (spaced) spots.push(p);
  });
  return spots;
}

/** Marks (1) every skin vertex near a pain spot in `out`, the rest 0. */
export function paintPainMask(grid: VertexGrid, spots: readonly Vec3[], out: Float32Array): void {
  out.fill(0);
  for (const [x, y, z] of spots) {
    grid.near(x, y, z, SHOWN_RADIUS, (i) => {
      out[i] = 1;
    });
  }
}
