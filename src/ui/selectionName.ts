import type { TFunction } from "i18next";
import type { Dataset } from "../domain/datasetTypes";
import type { Selection } from "../state/selectionTypes";

/** Display name of the selected region, muscle or condition (its id if the data lacks it); topics share one page. */
export function selectionName(dataset: Dataset, selection: Selection, t: TFunction): string {
  if (selection.kind === "region") return dataset.regionById.get(selection.id)?.name ?? selection.id;
  if (selection.kind === "muscle") return dataset.muscleById.get(selection.id)?.name ?? selection.id;
  if (selection.kind === "topic") return t("panel.aboutDryNeedling");
  return dataset.conditionById.get(selection.id)?.name ?? selection.id;
}
