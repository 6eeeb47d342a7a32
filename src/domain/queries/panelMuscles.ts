import type { Dataset } from "../datasetTypes";
import { regionReferrers } from "./regionReferrers";

/**
 * The muscles of a region in the order its panel lists them: the muscles that refer pain into it
 * (essential first, commoner first), then those lying in it that do not, each once.
 */
export function regionPanelMuscles(dataset: Dataset, regionId: string): string[] {
  const referrers = regionReferrers(dataset, regionId).map((r) => r.muscleId);
  const located = dataset.regionById.get(regionId)?.muscles ?? [];
  return [...new Set([...referrers, ...located])];
}

/** What a list of muscles is drawn from: a region, a condition, one muscle (with its associated muscles) or all. */
export type MuscleSource =
  | { kind: "region"; id: string }
  | { kind: "condition"; id: string }
  | { kind: "muscle"; id: string }
  | { kind: "all" };

/**
 * The muscles of a region, a condition (most likely first), a muscle and the muscles its panel
 * names as associated, or every muscle in dataset order: the order the panels show them in.
 */
export function musclesOf(dataset: Dataset, source: MuscleSource): string[] {
  if (source.kind === "region") return regionPanelMuscles(dataset, source.id);
  if (source.kind === "condition") return [...(dataset.conditionById.get(source.id)?.muscles ?? [])];
  if (source.kind === "muscle") {
    const muscle = dataset.muscleById.get(source.id);
    return muscle ? [...new Set([muscle.id, ...muscle.associatedMuscles])] : [];
  }
  return dataset.muscles.map((m) => m.id);
}
