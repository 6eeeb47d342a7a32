import type { Mesh } from "three";
import { Matrix3, Vector3 } from "three";
import { createVertexGrid, type VertexGrid } from "./vertexGrid";

/** What the app reads off the skin mesh once: vertices in the body frame with their parts and regions. */
export interface SkinData {
  /** The skin mesh. */
  mesh: Mesh;
  /** xyz per vertex, body frame (the glTF node transform applied). */
  positions: Float32Array;
  /** Unit normal per vertex, body frame. */
  normals: Float32Array;
  /** Skin part code per vertex (`_PART`, see `SKIN_PARTS`), or null for a model without it. */
  parts: Uint8Array | null;
  /** Region index per vertex (`_REGION`) into `regionIds`, or null for a model without it. */
  regions: Uint8Array | null;
  /** Region ids in the order of the `_REGION` values. */
  regionIds: string[];
  /** Finds vertices near a point. */
  grid: VertexGrid;
}

function integers(mesh: Mesh, name: string): Uint8Array | null {
  const attribute = mesh.geometry.getAttribute(name);
  if (!attribute) return null;
  const out = new Uint8Array(attribute.count);
  for (let i = 0; i < attribute.count; i++) out[i] = Math.round(attribute.getX(i));
  return out;
}

/** Reads the skin's vertices, normals, `_part` and `_region` attributes into the body frame. */
export function createSkinData(mesh: Mesh, regionIds: string[]): SkinData {
  mesh.updateWorldMatrix(true, false);
  const position = mesh.geometry.getAttribute("position");
  const normal = mesh.geometry.getAttribute("normal");
  const positions = new Float32Array(position.count * 3);
  const normals = new Float32Array(position.count * 3);
  const normalMatrix = new Matrix3().getNormalMatrix(mesh.matrixWorld);
  const v = new Vector3();
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
    positions.set([v.x, v.y, v.z], i * 3);
    if (normal) {
      v.fromBufferAttribute(normal, i).applyMatrix3(normalMatrix).normalize();
      normals.set([v.x, v.y, v.z], i * 3);
    }
  }
  return {
    mesh,
    positions,
    normals,
    parts: integers(mesh, "_part"),
    regions: integers(mesh, "_region"),
    regionIds,
    grid: createVertexGrid(positions),
  };
}
