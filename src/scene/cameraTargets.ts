import { Vector3 } from "three";
import type { ViewPreset } from "../state/selectionTypes";

/** Vertical field of view of the app's camera, degrees. */
export const CAMERA_FOV = 32;

/** Where the camera should be and what it should look at. */
export interface CameraGoal {
  /** Camera position, body frame. */
  position: Vector3;
  /** The point the camera looks at and orbits around. */
  target: Vector3;
}

const presetDirections: Record<ViewPreset, Vector3> = {
  front: new Vector3(0, 0.05, 1).normalize(),
  back: new Vector3(0, 0.05, -1).normalize(),
  left: new Vector3(1, 0.05, 0).normalize(),
  right: new Vector3(-1, 0.05, 0).normalize(),
};

/** Where the whole body is framed from. */
const WHOLE_BODY = { target: new Vector3(0, 0.89, 0), distance: 3.4 };

/** The whole body from a preset direction. */
export function presetGoal(view: ViewPreset): CameraGoal {
  const target = WHOLE_BODY.target.clone();
  return { target, position: target.clone().addScaledVector(presetDirections[view], WHOLE_BODY.distance) };
}

/** Turns the camera to a preset direction around what it looks at now, keeping a close-up's distance. */
export function presetOrbit(view: ViewPreset, from: CameraGoal): CameraGoal {
  const distance = from.position.distanceTo(from.target);
  const target = from.target.clone();
  return { target, position: target.clone().addScaledVector(presetDirections[view], distance) };
}

/** The preset the camera looks from (within `degrees` of it, horizontally), or null between presets. */
export function nearestPreset(camera: Vector3, target: Vector3, degrees = 35): ViewPreset | null {
  const direction = camera.clone().sub(target).setY(0);
  if (direction.lengthSq() < 1e-8) return null;
  direction.normalize();
  let best: ViewPreset | null = null;
  let bestDot = Math.cos((degrees * Math.PI) / 180);
  for (const [view, d] of Object.entries(presetDirections) as [ViewPreset, Vector3][]) {
    const dot = direction.x * d.x + direction.z * d.z;
    if (dot > bestDot) {
      bestDot = dot;
      best = view;
    }
  }
  return best;
}
