import prevalidated from "virtual:dataset";
import { hydrateDataset } from "../domain/datasetPayload";
import type { Dataset } from "../domain/datasetTypes";

/** The bundled dataset, or the list of problems that keep it from loading. */
export type AppDatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/**
 * The dataset the build validated (`npm run build` stops on invalid data, so only the dev server
 * can hand over problems, which the app then shows on its error screen).
 */
export function loadAppDataset(): AppDatasetResult {
  return prevalidated.ok ? { ok: true, dataset: hydrateDataset(prevalidated.payload) } : prevalidated;
}
