import { Box3, Vector3 } from "three";
import type { Dataset } from "../domain/datasetTypes";
import type { Selection, ViewPreset } from "../state/selectionTypes";
import type { BodyModel } from "./bodyModel";
import { isSelectedPart } from "./muscleLook";

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
  front: new Vector3(0, 0.05, 1),
  back: new Vector3(0, 0.05, -1),
  left: new Vector3(1, 0.05, 0),
  right: new Vector3(-1, 0.05, 0),
};

/** The whole body from a preset direction. */
export function presetGoal(view: ViewPreset): CameraGoal {
  const target = new Vector3(0, 0.89, 0);
  return { target, position: target.clone().addScaledVector(presetDirections[view].clone().normalize(), 3.4) };
}

/** The box around what a selection shows: the selected muscle's meshes, or a region's anchors. */
function selectionBox(selection: Selection, model: BodyModel, dataset: Dataset): Box3 | null {
  const box = new Box3();
  if (selection.kind === "muscle") {
    for (const part of model.muscles.values()) {
      if (isSelectedPart(part, selection)) box.expandByObject(part.mesh);
    }
  } else if (selection.kind === "region") {
    for (const id of dataset.regionById.get(selection.id)?.anchors ?? []) {
      const p = dataset.landmarkById.get(id)?.position;
      if (p) box.expandByPoint(new Vector3(...p)).expandByPoint(new Vector3(-p[0], p[1], p[2]));
    }
    box.expandByScalar(0.06);
  }
  return box.isEmpty() ? null : box;
}

/** Arms and the outer hip are seen from outside; trunk and legs from the front or back they lie on. */
const LATERAL_X = 0.15;

/** Horizontal direction from which to look at a point on the body. */
function facingDirection(target: Vector3, from: Vector3): Vector3 {
  if (Math.abs(target.x) > LATERAL_X) return new Vector3(target.x, 0, target.z * 4).normalize();
  const direction = from.clone().sub(target).setY(0);
  if (direction.lengthSq() < 1e-6) direction.set(0, 0, 1);
  direction.normalize();
  const facesBack = target.z < -0.03;
  if (facesBack !== direction.z < 0) direction.z = -direction.z;
  return direction;
}

/** Frames a selection from the side it faces (from behind for muscles of the back); null keeps the camera. */
export function selectionGoal(
  selection: Selection,
  model: BodyModel,
  dataset: Dataset,
  from: Vector3,
): CameraGoal | null {
  const box = selectionBox(selection, model, dataset);
  if (!box) return null;
  const target = box.getCenter(new Vector3());
  const radius = Math.max(box.getSize(new Vector3()).length() / 2, 0.08);
  const direction = facingDirection(target, from);
  direction.y = 0.12;
  direction.normalize();
  return { target, position: target.clone().addScaledVector(direction, radius * 3.2 + 0.3) };
}
