import type { Dataset } from "../datasetTypes";
import type { Side } from "../geometry/resolveLandmarkRef";
import type { Muscle } from "../schema/muscleSchema";

/** Side of one muscle instance: bilateral muscles have a left and a right one, midline muscles one. */
export type InstanceSide = Side | "midline";

/** One muscle on one side of the body. */
export interface MuscleInstance {
  /** `<id>.left`, `<id>.right`, or `<id>` for midline muscles: the glTF node name too. */
  key: string;
  /** The dataset muscle. */
  muscle: Muscle;
  /** Which side. */
  side: InstanceSide;
}

/** The instance key of a muscle on a side, e.g. `upper-trapezius.left`. */
export function instanceKey(muscleId: string, side: InstanceSide): string {
  return side === "midline" ? muscleId : `${muscleId}.${side}`;
}

/** The instances of one muscle: left and right, or the single midline one. */
export function instancesOf(muscle: Muscle): MuscleInstance[] {
  if (muscle.midline) return [{ key: muscle.id, muscle, side: "midline" }];
  return (["left", "right"] as const).map((side) => ({ key: instanceKey(muscle.id, side), muscle, side }));
}

/** Every muscle instance of the dataset, left before right, in dataset order. */
export function muscleInstances(dataset: Dataset): MuscleInstance[] {
  return dataset.muscles.flatMap(instancesOf);
}

/** Splits an instance key into muscle id and side; unknown suffixes give `midline`. */
export function parseInstanceKey(key: string): { muscleId: string; side: InstanceSide } {
  const match = /^(.*)\.(left|right)$/.exec(key);
  if (match?.[1] && (match[2] === "left" || match[2] === "right")) return { muscleId: match[1], side: match[2] };
  return { muscleId: key, side: "midline" };
}
