import { resolveLandmarkRef } from "../../../src/domain/geometry/resolveLandmarkRef";
import type { Landmark } from "../../../src/domain/schema/landmarkSchema";
import type { Layer, Muscle } from "../../../src/domain/schema/muscleSchema";
import type { Vec3 } from "../../../src/domain/schema/primitives";

/** Depth of each layer's outer face under the skin, metres, when the geometry sets none. */
export const layerDepth: Readonly<Record<Layer, number>> = { superficial: 0.0025, intermediate: 0.011, deep: 0.02 };

/** A muscle's attachment points and sizes resolved for the left side, body frame. */
export interface MuscleLayout {
  /** Origin line (one or more points). */
  origin: Vec3[];
  /** Insertion line (one or more points). */
  insertion: Vec3[];
  /** Points the axis passes through. */
  via: Vec3[];
  /** Depth of the outer face under the skin, metres. */
  depth: number;
}

/** Resolves a muscle's landmarks and depth. */
export function muscleLayout(muscle: Muscle, landmarks: ReadonlyMap<string, Landmark>): MuscleLayout {
  const g = muscle.geometry;
  const resolve = (refs: typeof g.origin) => refs.map((ref) => resolveLandmarkRef(ref, landmarks));
  return {
    origin: resolve(g.origin),
    insertion: resolve(g.insertion),
    via: resolve(g.via),
    depth: g.depth ?? layerDepth[muscle.layer],
  };
}
