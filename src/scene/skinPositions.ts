import type { Mesh } from "three";
import { Vector3 } from "three";

/** The skin's vertex positions in the body frame (the glTF node transform applied), computed once. */
export function skinPositions(mesh: Mesh): Float32Array {
  mesh.updateWorldMatrix(true, false);
  const attribute = mesh.geometry.getAttribute("position");
  const out = new Float32Array(attribute.count * 3);
  const v = new Vector3();
  for (let i = 0; i < attribute.count; i++) {
    v.fromBufferAttribute(attribute, i).applyMatrix4(mesh.matrixWorld);
    out[i * 3] = v.x;
    out[i * 3 + 1] = v.y;
    out[i * 3 + 2] = v.z;
  }
  return out;
}
