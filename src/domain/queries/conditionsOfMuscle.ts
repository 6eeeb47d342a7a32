import type { Dataset } from "../datasetTypes";
import type { Condition } from "../schema/conditionSchema";

/** Conditions that list a muscle among those commonly involved, most prominent role first. */
export function conditionsOfMuscle(dataset: Dataset, muscleId: string): Condition[] {
  return dataset.conditions
    .filter((condition) => condition.muscles.includes(muscleId))
    .sort((a, b) => a.muscles.indexOf(muscleId) - b.muscles.indexOf(muscleId));
}

/** Conditions felt in a region. */
export function conditionsOfRegion(dataset: Dataset, regionId: string): Condition[] {
  return dataset.conditions.filter((condition) => condition.regions.includes(regionId));
}
