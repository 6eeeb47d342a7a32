import { PerspectiveCamera, Vector3 } from "three";
import { CAMERA_FOV } from "./cameraTargets";
import { fitGoal } from "./fitGoal";

/** Views the handout draws the body from: straight from the front and from the back, a little from above. */
export const HANDOUT_VIEWS = {
  front: new Vector3(0, 0.05, 1).normalize(),
  back: new Vector3(0, 0.05, -1).normalize(),
} as const;

/** Least body a handout picture shows, metres (half-width and half-height), so the body part reads. */
const LEAST = { across: 0.17, up: 0.28 };

/** The body's height range (the generated body stands on y = 0 and is about 1.75 m tall), metres. */
const BODY = { bottom: -0.02, top: 1.8 };

/**
 * The box the pictures frame: around the points, grown to at least `LEAST` and kept within the
 * body's height, so a small pattern is shown with the body part it is on and no empty sky.
 */
function framedBox(points: readonly Vector3[]): Vector3[] {
  if (points.length === 0) return [new Vector3(-0.45, BODY.bottom, 0), new Vector3(0.45, BODY.top, 0)];
  const min = points.reduce((m, p) => m.min(p), points[0]?.clone() ?? new Vector3());
  const max = points.reduce((m, p) => m.max(p), points[0]?.clone() ?? new Vector3());
  const centre = min.clone().add(max).multiplyScalar(0.5);
  const half = max.clone().sub(min).multiplyScalar(0.5);
  half.x = Math.max(half.x, LEAST.across);
  half.y = Math.min(Math.max(half.y, LEAST.up), (BODY.top - BODY.bottom) / 2);
  centre.y = Math.min(Math.max(centre.y, BODY.bottom + half.y), BODY.top - half.y);
  const corners: Vector3[] = [];
  for (const sx of [-1, 1])
    for (const sy of [-1, 1])
      for (const z of [min.z, max.z]) {
        corners.push(new Vector3(centre.x + sx * half.x, centre.y + sy * half.y, z));
      }
  return corners;
}

/**
 * Cameras for the front and back pictures: both frame the same box (the painted skin, the pain
 * drawing and the trigger points, with some body around them) at one distance, so the two pictures
 * share a scale.
 */
export function handoutCameras(
  points: readonly Vector3[],
  aspect: number,
): Record<keyof typeof HANDOUT_VIEWS, PerspectiveCamera> {
  const box = framedBox(points);
  const goals = {
    front: fitGoal(box, HANDOUT_VIEWS.front, aspect, 0.92),
    back: fitGoal(box, HANDOUT_VIEWS.back, aspect, 0.92),
  };
  const distance = Math.max(
    goals.front.position.distanceTo(goals.front.target),
    goals.back.position.distanceTo(goals.back.target),
  );
  const camera = (view: keyof typeof HANDOUT_VIEWS) => {
    const { target } = goals[view];
    const c = new PerspectiveCamera(CAMERA_FOV, aspect, 0.05, 20);
    c.position.copy(target).addScaledVector(HANDOUT_VIEWS[view], distance);
    c.lookAt(target);
    c.updateMatrixWorld();
    c.updateProjectionMatrix();
    return c;
  };
  return { front: camera("front"), back: camera("back") };
}
