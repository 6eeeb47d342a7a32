import type { BufferGeometry, Intersection, Mesh, Raycaster } from "three";
import { Sphere } from "three";
import { acceleratedRaycast, MeshBVH } from "three-mesh-bvh";

type PickableGeometry = BufferGeometry & { boundsTree?: MeshBVH };

const bounds = new Sphere();

/** Builds the mesh's bounding-volume hierarchy now, unless it has one. */
function buildPicking(mesh: Mesh): void {
  const geometry = mesh.geometry as PickableGeometry;
  geometry.boundsTree ??= new MeshBVH(geometry);
}

/**
 * Picks through a bounding-volume hierarchy (fast on dense meshes) that is built when first needed:
 * by the first ray that reaches the mesh's bounds, or earlier by `buildPickingWhenIdle`.
 */
export function makePickingLazy(mesh: Mesh): void {
  mesh.raycast = function lazyRaycast(this: Mesh, raycaster: Raycaster, intersects: Intersection[]) {
    const geometry = this.geometry as PickableGeometry;
    if (!geometry.boundsTree) {
      if (!geometry.boundingSphere) geometry.computeBoundingSphere();
      const sphere = geometry.boundingSphere;
      if (sphere && !raycaster.ray.intersectsSphere(bounds.copy(sphere).applyMatrix4(this.matrixWorld))) return;
      buildPicking(this);
    }
    acceleratedRaycast.call(this, raycaster, intersects);
  };
}

type IdleCallback = (deadline: { timeRemaining: () => number }) => void;

/** Builds the picking structures of `meshes` in idle time, a few per idle period; returns a function that stops. */
export function buildPickingWhenIdle(meshes: readonly Mesh[]): () => void {
  const requestIdle = (callback: IdleCallback): number =>
    typeof window.requestIdleCallback === "function"
      ? window.requestIdleCallback(callback, { timeout: 2000 })
      : window.setTimeout(() => callback({ timeRemaining: () => 10 }), 50);
  const cancelIdle = (handle: number) =>
    typeof window.cancelIdleCallback === "function" ? window.cancelIdleCallback(handle) : window.clearTimeout(handle);
  let next = 0;
  let handle = 0;
  const step: IdleCallback = (deadline) => {
    do {
      const mesh = meshes[next++];
      if (mesh) buildPicking(mesh);
    } while (next < meshes.length && deadline.timeRemaining() > 5);
    if (next < meshes.length) handle = requestIdle(step);
  };
  handle = requestIdle(step);
  return () => cancelIdle(handle);
}
