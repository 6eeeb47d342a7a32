import type { Dataset } from "../datasetTypes";
import { mirrorX } from "../geometry/vec3";
import type { Vec3 } from "../schema/primitives";

/** One region anchor on one side of the body. */
interface Anchor {
  regionId: string;
  position: Vec3;
}

/**
 * Finds the region of a point on the skin by its nearest region anchor. The model generator labels
 * the skin by the same nearest-anchor rule, but also keeps each body part's anchors to that part
 * (scripts/model/skin/assignRegions.ts), so near a part's edge the two can disagree.
 */
export interface RegionLocator {
  /** Region id of the skin nearest to the point. */
  regionAt(x: number, y: number, z: number): string;
}

/** Builds a locator from every region's anchors, mirrored onto the right side. */
export function createRegionLocator(dataset: Dataset): RegionLocator {
  const anchors: Anchor[] = [];
  for (const region of dataset.regions) {
    for (const id of region.anchors) {
      const position = dataset.landmarkById.get(id)?.position;
      if (!position) continue;
      anchors.push({ regionId: region.id, position });
      if (position[0] !== 0) anchors.push({ regionId: region.id, position: mirrorX(position) });
    }
  }
  return {
    regionAt(x, y, z) {
      let best = "";
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const anchor of anchors) {
        const [ax, ay, az] = anchor.position;
        const d = (x - ax) ** 2 + (y - ay) ** 2 + (z - az) ** 2;
        if (d < bestDistance) {
          bestDistance = d;
          best = anchor.regionId;
        }
      }
      return best;
    },
  };
}
