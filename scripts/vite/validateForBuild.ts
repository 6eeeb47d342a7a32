import { DatasetError, formatProblem } from "../../src/domain/datasetError";
import { type DatasetPayload, toDatasetPayload } from "../../src/domain/datasetPayload";
import type { DatasetFiles } from "../../src/domain/datasetTypes";
import type { Translation } from "../../src/domain/i18n/translationSchema";
import { validateAllTranslations } from "../../src/domain/i18n/validateAllTranslations";
import { validateDataset } from "../../src/domain/validateDataset";
import { readDatasetFiles } from "../readDatasetFiles";

/** The outcome of validating the dataset for a build. */
export type BuildValidation =
  | {
      /** Valid. */
      ok: true;
      /** The validated data, as the app receives it. */
      payload: DatasetPayload;
      /** The valid translations by language (missing texts are left out: the app shows them in English). */
      translations: Record<string, Translation>;
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

/**
 * Validates the dataset and its translations (loaded by the dataset plugin through Vite's module runner,
 * so the config stays small). Extra keys and malformed translations stop the build; missing ones do not.
 */
export function validateForBuild(files: DatasetFiles): BuildValidation {
  const result = validateDataset(files);
  const problems = result.ok ? validateAllTranslations(result.dataset, files.translations ?? []) : undefined;
  if (result.ok && problems && problems.errors.length === 0) {
    return { ok: true, payload: toDatasetPayload(result.dataset), translations: problems.translations };
  }
  const all = result.ok ? (problems?.errors ?? []) : result.problems;
  return { ok: false, problems: all.map(formatProblem), message: new DatasetError(all).message };
}
