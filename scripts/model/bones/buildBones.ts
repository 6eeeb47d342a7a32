import type { Landmark } from "../../../src/domain/schema/landmarkSchema";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import type { ModelPart } from "../gltf/modelPart";
import type { MeshBuilder } from "./meshBuilder";
import { skeleton } from "./skeleton";

function part(name: string, mesh: MeshBuilder, sign: 1 | -1): ModelPart {
  const positions = Float32Array.from(mesh.positions);
  const normals = Float32Array.from(mesh.normals);
  const indices = Uint32Array.from(mesh.indices);
  if (sign < 0) {
    for (let i = 0; i < positions.length; i += 3) {
      positions[i] = -(positions[i] ?? 0);
      normals[i] = -(normals[i] ?? 0);
    }
    for (let t = 0; t < indices.length; t += 3) indices.set([indices[t + 2] ?? 0, indices[t + 1] ?? 0], t + 1);
  }
  return { name, kind: "bone", positions, normals, indices, extras: { kind: "bone" } };
}

/** Bone proxy parts named `bone:<id>` (paired bones `bone:<id>.left` / `bone:<id>.right`). */
export function buildBoneParts(landmarks: ReadonlyMap<string, Landmark>): ModelPart[] {
  const lm = (id: string): Vec3 => {
    const p = landmarks.get(id)?.position;
    if (!p) throw new Error(`bone proxies need landmark "${id}"`);
    return [...p];
  };
  return skeleton(lm).flatMap((bone) =>
    bone.paired
      ? [part(`bone:${bone.id}.left`, bone.mesh, 1), part(`bone:${bone.id}.right`, bone.mesh, -1)]
      : [part(`bone:${bone.id}`, bone.mesh, 1)],
  );
}
