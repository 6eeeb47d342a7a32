import { bundledDatasetFiles } from "../domain/bundledDatasetFiles";
import { formatProblem } from "../domain/datasetError";
import type { Dataset } from "../domain/datasetTypes";
import { validateDataset } from "../domain/validateDataset";

/** The bundled dataset, or the list of problems that keep it from loading. */
export type AppDatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Validates the dataset bundled into the app. */
export function loadAppDataset(): AppDatasetResult {
  const result = validateDataset(bundledDatasetFiles);
  return result.ok ? result : { ok: false, problems: result.problems.map(formatProblem) };
}
