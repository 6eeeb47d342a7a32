import { type Camera, type Object3D, Raycaster, Vector3 } from "three";

/** A trigger point's marker as the occlusion test sees it. */
export interface MarkerProbe {
  /** Body-frame position. */
  position: Vector3;
  /** How deep under the skin it lies, metres. */
  depth: number;
  /** The muscle meshes it belongs to, which never hide it. */
  own: ReadonlySet<Object3D>;
}

/** What may hide markers: the skin when it is drawn opaque, and the drawn, unfaded muscles and bones. */
export interface Occluders {
  /** The skin mesh, or null when hidden or see-through. */
  skin: Object3D | null;
  /** Other opaque meshes. */
  meshes: readonly Object3D[];
}

const raycaster = new Raycaster();
const toMarker = new Vector3();

/**
 * True when something lies in front of the marker: the skin more than a little in front of where
 * it covers the trigger point (the body between camera and marker), or a muscle or bone in front.
 */
export function isHidden(marker: MarkerProbe, camera: Camera, occluders: Occluders): boolean {
  toMarker.copy(marker.position).sub(camera.position);
  const distance = toMarker.length();
  raycaster.set(camera.position, toMarker.normalize());
  raycaster.far = distance;
  if (occluders.skin) {
    const [hit] = raycaster.intersectObject(occluders.skin, false);
    if (hit && hit.distance < distance - (marker.depth * 2 + 0.015)) return true;
  }
  const meshes = occluders.meshes.filter((mesh) => !marker.own.has(mesh));
  const [hit] = raycaster.intersectObjects(meshes, false);
  return hit !== undefined && hit.distance < distance - 0.012;
}
