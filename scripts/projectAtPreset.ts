import { PerspectiveCamera, Vector3 } from "three";
import { CAMERA_FOV, presetGoal } from "../src/scene/cameraTargets";
import type { ViewPreset } from "../src/state/selectionTypes";

/** The canvas box on the page. */
export interface CanvasBox {
  /** Left edge, page pixels. */
  x: number;
  /** Top edge, page pixels. */
  y: number;
  /** Width, pixels. */
  width: number;
  /** Height, pixels. */
  height: number;
}

/**
 * Where a body-frame point appears on the page when the camera sits at a view preset (the app
 * jumps there at once under prefers-reduced-motion, which the e2e contexts emulate).
 */
export function projectAtPreset(
  view: ViewPreset,
  point: [number, number, number],
  box: CanvasBox,
): { x: number; y: number } {
  const goal = presetGoal(view);
  const camera = new PerspectiveCamera(CAMERA_FOV, box.width / box.height, 0.05, 20);
  camera.position.copy(goal.position);
  camera.lookAt(goal.target);
  camera.updateMatrixWorld();
  const ndc = new Vector3(...point).project(camera);
  return { x: box.x + ((ndc.x + 1) / 2) * box.width, y: box.y + ((1 - ndc.y) / 2) * box.height };
}
