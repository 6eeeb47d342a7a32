import { MeshoptSimplifier } from "meshoptimizer";
import type { BlendedField } from "../../../src/domain/geometry/blendedField";
import { fieldNormal } from "../../../src/domain/geometry/fieldOps";
import { type DistanceFunction, surfaceNets, type TriangleMesh } from "../../../src/domain/geometry/surfaceNets";
import type { Vec3 } from "../../../src/domain/schema/primitives";

/** Options of `meshSkin`. */
export interface MeshSkinOptions {
  /** Grid spacing of the surface-nets pass, metres (default 0.0035: fine enough for the face and fingers). */
  cellSize: number;
  /** Triangle budget after simplification (default 110 000). */
  targetTriangles: number;
  /** Largest geometric error the simplifier may introduce, metres (default 0.0006). */
  maxError: number;
  /**
   * Boxes (min and max corners, body frame) whose vertices the simplifier keeps at
   * the grid's resolution (default: the face, where small creases at lips and nostrils streak otherwise).
   */
  keepFine: readonly (readonly [Vec3, Vec3])[];
}

/** Defaults of `meshSkin`. */
export const defaultMeshSkinOptions: MeshSkinOptions = {
  cellSize: 0.0035,
  targetTriangles: 110_000,
  maxError: 0.0006,
  keepFine: [
    [
      [-0.055, 1.535, 0.045],
      [0.055, 1.68, 0.13],
    ],
    [
      [0.064, 1.58, -0.04],
      [0.095, 1.655, 0.012],
    ],
    [
      [-0.095, 1.58, -0.04],
      [-0.064, 1.655, 0.012],
    ],
  ],
};

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

function vertexNormals(d: DistanceFunction, positions: Float32Array): Float32Array {
  const normals = new Float32Array(positions.length);
  for (let v = 0; v < positions.length; v += 3) {
    normals.set(fieldNormal(d, [positions[v] ?? 0, positions[v + 1] ?? 0, positions[v + 2] ?? 0], 0.0006), v);
  }
  return normals;
}

function lockInside(positions: Float32Array, boxes: MeshSkinOptions["keepFine"]): Uint8Array {
  const lock = new Uint8Array(positions.length / 3);
  for (let v = 0; v < lock.length; v++) {
    const p = [positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0];
    const inside = ([lo, hi]: readonly [Vec3, Vec3]) => p.every((x, k) => x >= (lo[k] ?? 0) && x <= (hi[k] ?? 0));
    lock[v] = boxes.some(inside) ? 1 : 0;
  }
  return lock;
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

/**
 * Meshes the skin field: surface nets, projection onto the surface, simplification that weighs both shape
 * and shading (SDF normals as attributes, regularized to avoid slivers), SDF normals.
 */
export async function meshSkin(
  field: BlendedField,
  options: MeshSkinOptions = defaultMeshSkinOptions,
): Promise<NormalMesh> {
  const d = (x: number, y: number, z: number) => field.distance(x, y, z);
  const raw = surfaceNets(d, { min: [-0.45, -0.01, -0.17], max: [0.45, 1.78, 0.25], cellSize: options.cellSize });
  projectVertices(field, raw.positions, 2);
  await MeshoptSimplifier.ready;
  const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
    raw.indices,
    raw.positions,
    3,
    new Float32Array(0),
    0,
    [],
    lockInside(raw.positions, options.keepFine),
    options.targetTriangles * 3,
    options.maxError,
    ["ErrorAbsolute", "RegularizeLight"],
  );
  const mesh = compact({ positions: raw.positions, indices: simplified });
  const normals = vertexNormals(d, mesh.positions);
  return { ...mesh, normals };
}
