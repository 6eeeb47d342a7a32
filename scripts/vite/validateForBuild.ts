import { DatasetError, formatProblem } from "../../src/domain/datasetError";
import { type DatasetPayload, toDatasetPayload } from "../../src/domain/datasetPayload";
import type { DatasetFiles } from "../../src/domain/datasetTypes";
import { validateDataset } from "../../src/domain/validateDataset";
import { readDatasetFiles } from "../readDatasetFiles";

/** The outcome of validating the dataset for a build. */
export type BuildValidation =
  | {
      /** Valid. */
      ok: true;
      /** The validated data, as the app receives it. */
      payload: DatasetPayload;
    }
  | {
      /** Invalid. */
      ok: false;
      /** Every problem as `file: path: message`. */
      problems: string[];
      /** The whole report, as `npm run build` prints it. */
      message: string;
    };

/** The dataset files on disk, every path relative to the repository (for watching them). */
export function readFiles(): DatasetFiles {
  return readDatasetFiles();
}

/** Validates the dataset (loaded by the dataset plugin through Vite's module runner, so the config stays small). */
export function validateForBuild(files: DatasetFiles): BuildValidation {
  const result = validateDataset(files);
  if (result.ok) return { ok: true, payload: toDatasetPayload(result.dataset) };
  return {
    ok: false,
    problems: result.problems.map(formatProblem),
    message: new DatasetError(result.problems).message,
  };
}
