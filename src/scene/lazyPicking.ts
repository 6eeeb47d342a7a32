import type { BufferGeometry, Intersection, Raycaster } from "three";
import { Mesh, Sphere } from "three";
import type { MeshBVH } from "three-mesh-bvh";

type PickableGeometry = BufferGeometry & { boundsTree?: MeshBVH };
type BvhModule = typeof import("three-mesh-bvh");

const bounds = new Sphere();
let bvhModule: BvhModule | null = null;
let bvhLoading: Promise<BvhModule> | null = null;

/** Loads three-mesh-bvh (after the first frame: the first view does not need it). */
function loadBvh(): Promise<BvhModule> {
  bvhLoading ??= import("three-mesh-bvh").then((module) => {
    bvhModule = module;
    return module;
  });
  return bvhLoading;
}

/**
 * Picks through a bounding-volume hierarchy (fast on dense meshes) built when first needed: by the
 * first ray that reaches the mesh's bounds, or earlier by `buildPickingWhenIdle`. Until the
 * library has loaded, picking falls back to three's exact but slower test of every triangle.
 */
export function makePickingLazy(mesh: Mesh): void {
  mesh.raycast = function lazyRaycast(this: Mesh, raycaster: Raycaster, intersects: Intersection[]) {
    const geometry = this.geometry as PickableGeometry;
    if (!bvhModule) {
      void loadBvh();
      Mesh.prototype.raycast.call(this, raycaster, intersects);
      return;
    }
    if (!geometry.boundsTree) {
      if (!geometry.boundingSphere) geometry.computeBoundingSphere();
      const sphere = geometry.boundingSphere;
      if (sphere && !raycaster.ray.intersectsSphere(bounds.copy(sphere).applyMatrix4(this.matrixWorld))) return;
      geometry.boundsTree = new bvhModule.MeshBVH(geometry);
    }
    bvhModule.acceleratedRaycast.call(this, raycaster, intersects);
  };
}

/** Loads the picking library now (tests, or code that will need it soon). */
export async function loadPicking(): Promise<void> {
  await loadBvh();
}

/**
 * The mesh's bounding-volume hierarchy, built on the spot if the library has loaded; undefined (and the
 * library starts loading) before that, so callers fall back to a cheaper answer for the first moments.
 */
export function pickingTree(mesh: Mesh): MeshBVH | undefined {
  const geometry = mesh.geometry as PickableGeometry;
  if (geometry.boundsTree) return geometry.boundsTree;
  if (!bvhModule) {
    void loadBvh();
    return undefined;
  }
  geometry.boundsTree = new bvhModule.MeshBVH(geometry);
  return geometry.boundsTree;
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
  let stopped = false;
  const step: IdleCallback = (deadline) => {
    const module = bvhModule;
    if (!module) return;
    do {
      const geometry = meshes[next++]?.geometry as PickableGeometry | undefined;
      if (geometry && !geometry.boundsTree) geometry.boundsTree = new module.MeshBVH(geometry);
    } while (next < meshes.length && deadline.timeRemaining() > 5);
    if (next < meshes.length) handle = requestIdle(step);
  };
  loadBvh()
    .then(() => {
      if (!stopped) handle = requestIdle(step);
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    cancelIdle(handle);
  };
}
