import { type Accessor, NodeIO } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { MeshoptDecoder } from "meshoptimizer";

/** A mesh of the generated GLB, decoded and moved into the body frame. */
export interface LoadedMesh {
  /** Node name, e.g. `skin` or `masseter.left`. */
  name: string;
  /** Node extras. */
  extras: Record<string, unknown>;
  /** World-space xyz per vertex. */
  positions: Float32Array;
  /** Unit normal per vertex. */
  normals: Float32Array;
  /** Three indices per triangle. */
  indices: Uint32Array;
  /** uv per vertex, when present. */
  uvs?: Float32Array;
  /** `_REGION` per vertex, when present. */
  regions?: Uint32Array;
  /** `_PART` (skin part code) per vertex, when present. */
  parts?: Uint32Array;
}

function read(accessor: Accessor | null, size: number): Float32Array {
  const count = accessor?.getCount() ?? 0;
  const out = new Float32Array(count * size);
  const el: number[] = [];
  for (let i = 0; i < count; i++) out.set(accessor?.getElement(i, el) ?? [], i * size);
  return out;
}

/** Reads a GLB (meshopt-compressed or not) and returns every mesh node in world space. */
export async function loadGlb(path: string): Promise<{ meshes: LoadedMesh[]; sceneExtras: Record<string, unknown> }> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ "meshopt.decoder": MeshoptDecoder });
  const doc = await io.read(path);
  const meshes: LoadedMesh[] = [];
  const scene = doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0];
  for (const node of doc.getRoot().listNodes()) {
    const prim = node.getMesh()?.listPrimitives()[0];
    if (!prim) continue;
    const m = node.getWorldMatrix();
    const positions = read(prim.getAttribute("POSITION"), 3);
    const normals = read(prim.getAttribute("NORMAL"), 3);
    for (let v = 0; v < positions.length; v += 3) {
      const x = positions[v] ?? 0;
      const y = positions[v + 1] ?? 0;
      const z = positions[v + 2] ?? 0;
      positions[v] = m[0] * x + m[4] * y + m[8] * z + m[12];
      positions[v + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
      positions[v + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
      const l = Math.hypot(normals[v] ?? 0, normals[v + 1] ?? 0, normals[v + 2] ?? 0) || 1;
      for (let k = 0; k < 3; k++) normals[v + k] = (normals[v + k] ?? 0) / l;
    }
    const uv = prim.getAttribute("TEXCOORD_0");
    const region = prim.getAttribute("_REGION");
    const part = prim.getAttribute("_PART");
    meshes.push({
      name: node.getName(),
      extras: node.getExtras() as Record<string, unknown>,
      positions,
      normals,
      indices: Uint32Array.from(prim.getIndices()?.getArray() ?? []),
      ...(uv ? { uvs: read(uv, 2) } : {}),
      ...(region ? { regions: Uint32Array.from(read(region, 1)) } : {}),
      ...(part ? { parts: Uint32Array.from(read(part, 1)) } : {}),
    });
  }
  return { meshes, sceneExtras: (scene?.getExtras() ?? {}) as Record<string, unknown> };
}
