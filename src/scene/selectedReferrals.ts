import type { Dataset } from "../domain/datasetTypes";
import { type CompiledReferral, compileReferral } from "../domain/referral/compileReferral";
import { instancesOf } from "../domain/referral/muscleInstances";
import type { Selection } from "../state/selectionTypes";

/** The referral patterns to paint for a selection: the selected muscle's (one side, or both). */
export function selectedReferrals(dataset: Dataset, selection: Selection | null): CompiledReferral[] {
  if (selection?.kind !== "muscle") return [];
  const muscle = dataset.muscleById.get(selection.id);
  if (!muscle) return [];
  return instancesOf(muscle)
    .filter((instance) => !selection.side || instance.side === "midline" || instance.side === selection.side)
    .map((instance) => compileReferral(instance, dataset));
}
