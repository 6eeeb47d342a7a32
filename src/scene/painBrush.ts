import { pointMask } from "../domain/bodyParts/bodyParts";
import type { PainSpot } from "../domain/painLookup/painLookup";
import type { Vec3 } from "../domain/schema/primitives";
import type { VertexGrid } from "./vertexGrid";

/** Spacing of the spots a brush stroke leaves, metres. */
export const SPOT_SPACING = 0.008;
/** How far around each spot the drawing is shown on the skin, metres. */
const SHOWN_RADIUS = 0.011;

/**
 * Skin points under a brush: the hit point and the vertices within `radius` of it on the same body
 * part (a brush on the hand never paints the thigh beside it), thinned to the spot spacing.
 */
export function brushSpots(
  grid: VertexGrid,
  positions: Float32Array,
  parts: ArrayLike<number> | null,
  hit: PainSpot,
  radius: number,
): PainSpot[] {
  const spots: PainSpot[] = [hit];
  const mask = pointMask(hit.part);
  grid.near(hit.position[0], hit.position[1], hit.position[2], radius, (i) => {
    const part = parts ? (parts[i] ?? -1) : -1;
    if ((pointMask(part) & mask) === 0) return;
    const p: Vec3 = [positions[i * 3] ?? 0, positions[i * 3 + 1] ?? 0, positions[i * 3 + 2] ?? 0];
    const spaced = spots.every(
      ({ position: s }) => (s[0] - p[0]) ** 2 + (s[1] - p[1]) ** 2 + (s[2] - p[2]) ** 2 >= SPOT_SPACING ** 2,
    );
    if (spaced) spots.push({ position: p, part });
  });
  return spots;
}

/** Marks (1) every skin vertex near a pain spot, on the spot's body part, in `out`; the rest 0. */
export function paintPainMask(
  grid: VertexGrid,
  parts: ArrayLike<number> | null,
  spots: readonly PainSpot[],
  out: Float32Array,
): void {
  out.fill(0);
  for (const {
    position: [x, y, z],
    part,
  } of spots) {
    const mask = pointMask(part);
    grid.near(x, y, z, SHOWN_RADIUS, (i) => {
      if (!parts || (pointMask(parts[i] ?? -1) & mask) !== 0) out[i] = 1;
    });
  }
}
