import { MeshoptSimplifier } from "meshoptimizer";
import type { BlendedField } from "../../../src/domain/geometry/blendedField";
import { fieldNormal } from "../../../src/domain/geometry/fieldOps";
import { surfaceNets, type TriangleMesh } from "../../../src/domain/geometry/surfaceNets";

/** Options of `meshSkin`. */
export interface MeshSkinOptions {
  /** Grid spacing of the surface-nets pass, metres (default 0.0035: fine enough for the face and fingers). */
  cellSize: number;
  /** Triangle budget after simplification (default 110 000). */
  targetTriangles: number;
  /** Largest geometric error the simplifier may introduce, metres (default 0.0006). */
  maxError: number;
}

/** Defaults of `meshSkin`. */
export const defaultMeshSkinOptions: MeshSkinOptions = { cellSize: 0.0035, targetTriangles: 110_000, maxError: 0.0006 };

/** A mesh with per-vertex unit normals. */
export interface NormalMesh extends TriangleMesh {
  /** xyz unit normal per vertex. */
  normals: Float32Array;
}

function projectVertices(field: BlendedField, positions: Float32Array, steps: number): void {
  const d = (x: number, y: number, z: number) => field.distance(x, y, z);
  for (let v = 0; v < positions.length; v += 3) {
    for (let s = 0; s < steps; s++) {
      const p: [number, number, number] = [positions[v] ?? 0, positions[v + 1] ?? 0, positions[v + 2] ?? 0];
      const dist = d(p[0], p[1], p[2]);
      const n = fieldNormal(d, p, 0.0004);
      positions[v] = p[0] - n[0] * dist;
      positions[v + 1] = p[1] - n[1] * dist;
      positions[v + 2] = p[2] - n[2] * dist;
    }
  }
}

function compact(mesh: TriangleMesh): TriangleMesh {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1);
  const positions: number[] = [];
  const indices = new Uint32Array(mesh.indices.length);
  mesh.indices.forEach((v, i) => {
    if (remap[v] === -1) {
      remap[v] = positions.length / 3;
      positions.push(mesh.positions[v * 3] ?? 0, mesh.positions[v * 3 + 1] ?? 0, mesh.positions[v * 3 + 2] ?? 0);
    }
    indices[i] = remap[v] ?? 0;
  });
  return { positions: Float32Array.from(positions), indices };
}

/** Meshes the skin field: surface nets, projection onto the surface, adaptive simplification, SDF normals. */
export async function meshSkin(
  field: BlendedField,
  options: MeshSkinOptions = defaultMeshSkinOptions,
): Promise<NormalMesh> {
  const d = (x: number, y: number, z: number) => field.distance(x, y, z);
  const raw = surfaceNets(d, { min: [-0.45, -0.01, -0.17], max: [0.45, 1.78, 0.25], cellSize: options.cellSize });
  projectVertices(field, raw.positions, 2);
  await MeshoptSimplifier.ready;
  const [simplified] = MeshoptSimplifier.simplify(
    raw.indices,
    raw.positions,
    3,
    options.targetTriangles * 3,
    options.maxError,
    ["ErrorAbsolute", "RegularizeLight"],
  );
  const mesh = compact({ positions: raw.positions, indices: simplified });
  const normals = new Float32Array(mesh.positions.length);
  for (let v = 0; v < mesh.positions.length; v += 3) {
    const n = fieldNormal(d, [mesh.positions[v] ?? 0, mesh.positions[v + 1] ?? 0, mesh.positions[v + 2] ?? 0], 0.0006);
    normals.set(n, v);
  }
  return { ...mesh, normals };
}
