import { Vector3 } from "three";
import { CAMERA_FOV, type CameraGoal } from "./cameraTargets";

/** Nearest and farthest a framed shot may put the camera, metres. */
const DISTANCE = { min: 0.32, max: 4.6 };

/**
 * The camera goal that looks along `-direction` (the camera sits on the `direction` side) and fits
 * every point in a view of the given aspect ratio, filling at most `fill` of its width and height.
 */
export function fitGoal(points: readonly Vector3[], direction: Vector3, aspect: number, fill = 0.78): CameraGoal {
  const d = direction.clone().normalize();
  const right = new Vector3(0, 1, 0).cross(d);
  if (right.lengthSq() < 1e-6) right.set(1, 0, 0);
  right.normalize();
  const up = d.clone().cross(right).normalize();
  const centre = points.reduce((sum, p) => sum.add(p), new Vector3()).divideScalar(Math.max(1, points.length));
  let [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  for (const p of points) {
    const v = p.clone().sub(centre);
    minX = Math.min(minX, v.dot(right));
    maxX = Math.max(maxX, v.dot(right));
    minY = Math.min(minY, v.dot(up));
    maxY = Math.max(maxY, v.dot(up));
  }
  const target = centre
    .clone()
    .addScaledVector(right, (minX + maxX) / 2)
    .addScaledVector(up, (minY + maxY) / 2);
  const tanV = Math.tan(((CAMERA_FOV / 2) * Math.PI) / 180) * fill;
  const tanH = tanV * aspect;
  let distance = DISTANCE.min;
  for (const p of points) {
    const v = p.clone().sub(target);
    const depth = v.dot(d);
    distance = Math.max(distance, depth + Math.abs(v.dot(right)) / tanH, depth + Math.abs(v.dot(up)) / tanV);
  }
  distance = Math.min(distance, DISTANCE.max);
  return { target, position: target.clone().addScaledVector(d, distance) };
}
