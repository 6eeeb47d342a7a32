import type { Landmark } from "../schema/landmarkSchema";
import type { Region } from "../schema/regionSchema";
import { ALL_PARTS_MASK, ANY_PART, partsOf, pointMask, reachMask, type SkinPartCode } from "./bodyParts";

/** One region anchor on one side of the body, with the skin parts its landmark lies on. */
interface Anchor {
  region: number;
  x: number;
  y: number;
  z: number;
  mask: number;
}

/**
 * The one rule that splits the skin into regions, shared by the model generator (which writes each
 * skin vertex's region into the model) and the app (region lists, red flags of a pain drawing):
 * a point belongs to the region of its nearest anchor landmark among the anchors that lie on the
 * point's body part. So skin of the arm only takes arm regions, even where the arm hangs against
 * the ribs; the head, neck and trunk blend, so their anchors compete freely.
 */
export interface RegionRule {
  /** Region ids in dataset order: `regionIndexAt` returns indices into this list. */
  readonly regionIds: readonly string[];
  /** Index of the region of a point on skin part `part` (`ANY_PART`: any anchor), or -1 without anchors. */
  regionIndexAt(x: number, y: number, z: number, part?: SkinPartCode): number;
  /** Like `regionIndexAt` for a set of parts given as a bit mask (e.g. the parts a referral zone reaches). */
  regionIndexInMask(x: number, y: number, z: number, mask: number): number;
  /** Id of the region of a point on skin part `part`, or "" when no anchor applies. */
  regionAt(x: number, y: number, z: number, part?: SkinPartCode): string;
}

function anchorsOf(regions: readonly Region[], landmarks: ReadonlyMap<string, Landmark>): Anchor[] {
  const anchors: Anchor[] = [];
  regions.forEach((region, index) => {
    for (const id of region.anchors) {
      const landmark = landmarks.get(id);
      if (!landmark) continue;
      const [x, y, z] = landmark.position;
      const parts = partsOf(landmark.part);
      const maskOf = (side: "left" | "right") => (parts.length ? reachMask(parts, side) : ALL_PARTS_MASK);
      anchors.push({ region: index, x, y, z, mask: maskOf("left") });
      if (x !== 0) anchors.push({ region: index, x: -x, y, z, mask: maskOf("right") });
    }
  });
  return anchors;
}

/** Builds the rule from the regions and their anchor landmarks (the right side mirrors the left). */
export function createRegionRule(regions: readonly Region[], landmarks: ReadonlyMap<string, Landmark>): RegionRule {
  const anchors = anchorsOf(regions, landmarks);
  const regionIds = regions.map((r) => r.id);
  const inMask = (x: number, y: number, z: number, mask: number): number => {
    let best = Number.POSITIVE_INFINITY;
    let region = -1;
    for (const a of anchors) {
      if ((a.mask & mask) === 0) continue;
      const d = (a.x - x) ** 2 + (a.y - y) ** 2 + (a.z - z) ** 2;
      if (d < best) {
        best = d;
        region = a.region;
      }
    }
    return region;
  };
  return {
    regionIds,
    regionIndexInMask: inMask,
    regionIndexAt: (x, y, z, part = ANY_PART) => inMask(x, y, z, pointMask(part)),
    regionAt(x, y, z, part = ANY_PART) {
      return regionIds[inMask(x, y, z, pointMask(part))] ?? "";
    },
  };
}
