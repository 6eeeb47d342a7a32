import { createRegionRule } from "../../../src/domain/bodyParts/regionRule";
import type { Landmark } from "../../../src/domain/schema/landmarkSchema";
import type { Region } from "../../../src/domain/schema/regionSchema";

/**
 * Region index per skin vertex by the app's region rule (`createRegionRule`: the nearest anchor
 * landmark on the vertex's body part). A region left without skin takes the vertices nearest its
 * anchors, so every region can be clicked.
 */
export function assignRegions(
  positions: Float32Array,
  parts: Uint8Array,
  regions: readonly Region[],
  landmarks: ReadonlyMap<string, Landmark>,
): Uint8Array {
  const rule = createRegionRule(regions, landmarks);
  const out = new Uint8Array(positions.length / 3);
  for (let v = 0; v < out.length; v++) {
    const region = rule.regionIndexAt(
      positions[v * 3] ?? 0,
      positions[v * 3 + 1] ?? 0,
      positions[v * 3 + 2] ?? 0,
      parts[v] ?? -1,
    );
    out[v] = Math.max(0, region);
  }
  const counts = new Uint32Array(regions.length);
  for (const r of out) counts[r] = (counts[r] ?? 0) + 1;
  regions.forEach((region, index) => {
    if ((counts[index] ?? 0) > 0) return;
    const own = region.anchors.flatMap((id) => {
      const p = landmarks.get(id)?.position;
      return p ? [p, [-p[0], p[1], p[2]]] : [];
    });
    for (let v = 0; v < out.length; v++) {
      const x = positions[v * 3] ?? 0;
      const y = positions[v * 3 + 1] ?? 0;
      const z = positions[v * 3 + 2] ?? 0;
      if (own.some((a) => ((a[0] ?? 0) - x) ** 2 + ((a[1] ?? 0) - y) ** 2 + ((a[2] ?? 0) - z) ** 2 < 0.03 ** 2)) {
        out[v] = index;
      }
    }
  });
  return out;
}
