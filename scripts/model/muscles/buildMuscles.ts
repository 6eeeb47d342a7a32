import { pointAlongPolyline } from "../../../src/domain/geometry/polyline";
import type { Landmark } from "../../../src/domain/schema/landmarkSchema";
import type { Muscle } from "../../../src/domain/schema/muscleSchema";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import type { ModelPart } from "../gltf/modelPart";
import { freeBellyMesh } from "./freeBelly";
import { keepInside } from "./keepInside";
import { loftMesh, type MuscleMesh } from "./loftMesh";
import { loftSurface } from "./loftSurface";
import { recomputeNormals } from "./meshNormals";
import { type MuscleFields, rowFields } from "./muscleFields";
import { muscleLayout } from "./muscleLayout";
import { muscleProfile } from "./muscleLooks";
import { pointOnBelly, pointOnLoft, triggerPointPositions } from "./triggerPointPositions";

const round = (p: Vec3): Vec3 => p.map((x) => Math.round(x * 1e5) / 1e5) as unknown as Vec3;

function mirror(mesh: MuscleMesh): MuscleMesh {
  const positions = mesh.positions.slice();
  const normals = mesh.normals.slice();
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -(positions[i] ?? 0);
    normals[i] = -(normals[i] ?? 0);
  }
  const indices = mesh.indices.slice();
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1] ?? 0;
    indices[t + 1] = indices[t + 2] ?? 0;
    indices[t + 2] = b;
  }
  return { positions, normals, uvs: mesh.uvs, indices };
}

/**
 * One mesh per muscle and side (`<id>.left` / `<id>.right`, or `<id>` for midline muscles), with trigger
 * points in the extras. Every mesh is kept under the skin (see `keepInside`).
 */
export function buildMuscleParts(
  muscle: Muscle,
  landmarks: ReadonlyMap<string, Landmark>,
  fields: MuscleFields,
): ModelPart[] {
  const layout = muscleLayout(muscle, landmarks);
  const g = muscle.geometry;
  const skin = (x: number, y: number, z: number) => fields.skin.distance(x, y, z);
  const profile = muscleProfile(muscle.id, g);
  let mesh: MuscleMesh;
  let at: (along: number, across: number) => Vec3;
  if (g.wrap) {
    const ends = [pointAlongPolyline(layout.origin, 0.5), pointAlongPolyline(layout.insertion, 0.5)] as const;
    const rowField = rowFields(muscle.regions, ends[0], ends[1], fields);
    const surface = loftSurface(layout, g, skin, { rowField, profile });
    mesh = loftMesh(surface);
    at = (along, across) => pointOnLoft(surface, (across + 1) / 2, along);
  } else {
    mesh = freeBellyMesh(layout, g);
    at = (along, across) => pointOnBelly(layout, g, along, across);
  }
  keepInside(mesh, skin);
  if (g.wrap) recomputeNormals(mesh);
  const points = triggerPointPositions(muscle.triggerPoints, at);
  const instances = muscle.midline
    ? [{ name: muscle.id, side: "midline", mesh, sign: 1 }]
    : [
        { name: `${muscle.id}.left`, side: "left", mesh, sign: 1 },
        { name: `${muscle.id}.right`, side: "right", mesh: mirror(mesh), sign: -1 },
      ];
  return instances.map(({ name, side, mesh: m, sign }) => ({
    name,
    kind: "muscle",
    ...m,
    extras: {
      kind: "muscle",
      id: name,
      muscle: muscle.id,
      side,
      layer: muscle.layer,
      shape: g.shape,
      tendon: profile.tendon,
      triggerPoints: points.map((tp) => ({
        id: tp.id,
        position: round([tp.position[0] * sign, tp.position[1], tp.position[2]]),
      })),
    },
  }));
}
