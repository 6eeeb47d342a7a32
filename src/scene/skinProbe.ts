import { DoubleSide, Matrix4, Ray, type Vector3 } from "three";
import type { HitPointInfo } from "three-mesh-bvh";
import { pickingTree } from "./lazyPicking";
import type { SkinData } from "./skinData";

/** Questions about the skin surface, answered with its bounding-volume hierarchy. */
export interface SkinProbe {
  /** The skin vertex nearest to a body-frame point and its distance, metres. */
  closest(point: Vector3): { vertex: number; distance: number };
  /**
   * True when a point at `distance` along a ray (body frame) lies in the far half of the stretch of
   * body the ray crosses there: seen through a gap, on the far side of the body, not what is in front.
   */
  farSide(ray: Ray, distance: number): boolean;
  /** True when skin lies in the way from a point on the skin toward a direction (another body part in front). */
  blocked(point: Vector3, direction: Vector3): boolean;
}

/** How far off the surface a sight line starts, so the skin it starts on never blocks it, metres. */
const LIFT = 0.012;

/** Builds the probe for a skin; it answers once the skin's picking tree exists (see `lazyPicking`), and cheaply before. */
export function createSkinProbe(skin: SkinData): SkinProbe {
  const { mesh } = skin;
  const toLocal = new Matrix4().copy(mesh.matrixWorld).invert();
  const index = mesh.geometry.getIndex();
  const info: HitPointInfo = { point: mesh.position.clone(), distance: 0, faceIndex: 0 };
  const local = mesh.position.clone();
  const localRay = new Ray();
  return {
    closest(point) {
      const tree = pickingTree(mesh);
      if (!tree || !index) return { vertex: -1, distance: Number.POSITIVE_INFINITY };
      local.copy(point).applyMatrix4(toLocal);
      tree.closestPointToPoint(local, info);
      info.point.applyMatrix4(mesh.matrixWorld);
      return { vertex: index.getX(info.faceIndex * 3), distance: info.point.distanceTo(point) };
    },
    blocked(point, direction) {
      const tree = pickingTree(mesh);
      if (!tree) return false;
      localRay.origin.copy(point).addScaledVector(direction, LIFT);
      localRay.direction.copy(direction);
      localRay.applyMatrix4(toLocal);
      return Boolean(tree.raycastFirst(localRay, DoubleSide));
    },
    farSide(ray, distance) {
      const tree = pickingTree(mesh);
      if (!tree) return false;
      localRay.copy(ray).applyMatrix4(toLocal);
      const crossings = tree
        .raycast(localRay, DoubleSide)
        .map((hit) => hit.point.applyMatrix4(mesh.matrixWorld).distanceTo(ray.origin))
        .sort((a, b) => a - b);
      for (let i = 0; i + 1 < crossings.length; i += 2) {
        const enter = crossings[i] ?? 0;
        const exit = crossings[i + 1] ?? 0;
        if (distance >= enter && distance <= exit) return distance - enter > (exit - enter) / 2;
      }
      return false;
    },
  };
}
