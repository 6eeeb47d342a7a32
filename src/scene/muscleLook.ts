import type { Dataset } from "../domain/datasetTypes";
import type { Selection } from "../state/selectionTypes";
import type { AppState } from "../state/store";
import type { MusclePart } from "./bodyModel";
import type { MuscleLook } from "./muscleMaterial";

/** True when the selection names this muscle instance (a muscle without a side names both instances). */
export function isSelectedPart(part: MusclePart, s: Selection | null): boolean {
  return s?.kind === "muscle" && s.id === part.muscleId && (!s.side || part.side === "midline" || s.side === part.side);
}

/** How a muscle instance should look for the current state. */
export function muscleLook(part: MusclePart, state: AppState, dataset: Dataset): MuscleLook {
  if (isSelectedPart(part, state.selection)) return "selected";
  const s = state.selection;
  if (s?.kind === "condition" && dataset.conditionById.get(s.id)?.muscles.includes(part.muscleId)) return "highlighted";
  if (state.hover?.kind === "muscle" && state.hover.key === part.key) return "hovered";
  return s?.kind === "muscle" || s?.kind === "condition" ? "dimmed" : "normal";
}

/** Whether a muscle instance is drawn: its layer is on, its side is shown, and isolation keeps it. */
export function isMuscleVisible(
  part: MusclePart,
  state: Pick<AppState, "layers" | "sides" | "isolate" | "selection">,
  look: MuscleLook,
): boolean {
  if (!state.layers[part.layer]) return false;
  if (state.sides !== "both" && part.side !== "midline" && part.side !== state.sides) return false;
  if (state.isolate && state.selection && state.selection.kind !== "region") {
    return look === "selected" || look === "highlighted";
  }
  return true;
}
