import type { Landmark } from "../schema/landmarkSchema";
import type { LandmarkRef, Vec3 } from "../schema/primitives";
import { add } from "./vec3";

/** Which instance of a bilateral structure: the data is written for the left side; the right is the mirror. */
export type Side = "left" | "right";

/**
 * The body-frame position of a landmark reference (an id, or an id plus an offset) on the left side.
 * Throws when the landmark does not exist (the dataset validator reports that case first).
 */
export function resolveLandmarkRef(ref: LandmarkRef, landmarks: ReadonlyMap<string, Landmark>): Vec3 {
  const id = typeof ref === "string" ? ref : ref.at;
  const landmark = landmarks.get(id);
  if (!landmark) throw new Error(`unknown landmark "${id}"`);
  return typeof ref === "string" ? [...landmark.position] : add(landmark.position, ref.offset);
}
