import { Vector3 } from "three";
import type { CameraGoal } from "./cameraTargets";
import { fitGoal } from "./fitGoal";
import type { NeedlePlacement } from "./needlePlacement";
import type { ShotContext } from "./selectionShots";

const UP = new Vector3(0, 1, 0);

/** How much of the body around the needle the shot shows, metres either side. */
const AROUND = { across: 0.14, up: 0.18 };

/** How far the view turns off the needle's axis, so the needle shows its length, radians. */
const OBLIQUE = 0.6;

/** A horizontal direction across the needle's axis, on the side the camera is on now. */
function sidewaysOf(axis: Vector3, current: Vector3): Vector3 {
  const flat = new Vector3(axis.x, 0, axis.z);
  const toward = new Vector3(current.x, 0, current.z);
  if (flat.lengthSq() < 0.09) return toward.lengthSq() > 1e-6 ? toward.normalize() : new Vector3(0, 0, 1);
  const sideways = UP.clone().cross(flat).normalize();
  return sideways.dot(toward) < 0 ? sideways.negate() : sideways;
}

/**
 * The needle's spot with the body around it, seen obliquely so the needle shows its length: from
 * its axis turned toward the side the camera is on now and a little from above, or (when another
 * body part is in the way) the nearest direction around the body that sees it.
 */
export function needleShot(
  placement: NeedlePlacement,
  context: Pick<ShotContext, "probe" | "aspect" | "current">,
): CameraGoal {
  const { entry, axis } = placement;
  const straight = axis
    .clone()
    .addScaledVector(sidewaysOf(axis, context.current), Math.tan(OBLIQUE))
    .add(new Vector3(0, 0.2, 0))
    .normalize();
  const candidates = [straight, ...[0.5, -0.5, 1, -1].map((turn) => straight.clone().applyAxisAngle(UP, turn))];
  const direction = candidates.find((d) => !context.probe?.blocked(entry, d)) ?? straight;
  const right = UP.clone().cross(direction);
  if (right.lengthSq() < 1e-6) right.set(1, 0, 0);
  right.normalize();
  const up = direction.clone().cross(right).normalize();
  const points = [
    entry,
    entry.clone().addScaledVector(right, AROUND.across),
    entry.clone().addScaledVector(right, -AROUND.across),
    entry.clone().addScaledVector(up, AROUND.up),
    entry.clone().addScaledVector(up, -AROUND.up),
  ];
  return fitGoal(points, direction, context.aspect, 0.9);
}
