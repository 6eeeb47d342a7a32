import type { BlendedField } from "../../../src/domain/geometry/blendedField";
import type { Landmark } from "../../../src/domain/schema/landmarkSchema";
import type { Region } from "../../../src/domain/schema/regionSchema";
import { type BodyPartId, partRegions } from "./bodyParts";

interface Anchor {
  region: number;
  x: number;
  y: number;
  z: number;
}

function anchorsOf(regions: readonly Region[], landmarks: ReadonlyMap<string, Landmark>): Anchor[] {
  const anchors: Anchor[] = [];
  regions.forEach((region, index) => {
    for (const id of region.anchors) {
      const p = landmarks.get(id)?.position;
      if (!p) continue;
      anchors.push({ region: index, x: p[0], y: p[1], z: p[2] });
      if (p[0] !== 0) anchors.push({ region: index, x: -p[0], y: p[1], z: p[2] });
    }
  });
  return anchors;
}

function nearest(anchors: readonly Anchor[], x: number, y: number, z: number): number {
  let best = Infinity;
  let region = 0;
  for (const a of anchors) {
    const d = (a.x - x) ** 2 + (a.y - y) ** 2 + (a.z - z) ** 2;
    if (d < best) {
      best = d;
      region = a.region;
    }
  }
  return region;
}

/**
 * Region index per skin vertex: the region of the nearest anchor landmark (mirrored for the right side),
 * among the regions the vertex's body part allows. A region left without skin takes the vertices
 * nearest its anchors, so every region can be clicked.
 */
export function assignRegions(
  positions: Float32Array,
  field: BlendedField,
  regions: readonly Region[],
  landmarks: ReadonlyMap<string, Landmark>,
): Uint8Array {
  const all = anchorsOf(regions, landmarks);
  const byPart = new Map<number, Anchor[]>();
  for (const [part, ids] of Object.entries(partRegions)) {
    const allowed = all.filter((a) => ids.includes(regions[a.region]?.id ?? ""));
    byPart.set(Number(part), allowed.length > 0 ? allowed : all);
  }
  const out = new Uint8Array(positions.length / 3);
  for (let v = 0; v < out.length; v++) {
    const x = positions[v * 3] ?? 0;
    const y = positions[v * 3 + 1] ?? 0;
    const z = positions[v * 3 + 2] ?? 0;
    const part = field.nearestPart(x, y, z) as BodyPartId;
    out[v] = nearest(byPart.get(part) ?? all, x, y, z);
  }
  const counts = new Uint32Array(regions.length);
  for (const r of out) counts[r] = (counts[r] ?? 0) + 1;
  regions.forEach((_, index) => {
    if ((counts[index] ?? 0) > 0) return;
    const own = all.filter((a) => a.region === index);
    for (let v = 0; v < out.length; v++) {
      const x = positions[v * 3] ?? 0;
      const y = positions[v * 3 + 1] ?? 0;
      const z = positions[v * 3 + 2] ?? 0;
      if (own.some((a) => (a.x - x) ** 2 + (a.y - y) ** 2 + (a.z - z) ** 2 < 0.03 ** 2)) out[v] = index;
    }
  });
  return out;
}
