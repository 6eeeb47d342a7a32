import type { DatasetProblem } from "../datasetError";
import type { Dataset } from "../datasetTypes";
import type { TranslationFiles } from "./translationFiles";
import type { Translation } from "./translationSchema";
import { validateTranslations } from "./validateTranslations";

/** What validation found in every language folder. */
export interface TranslationsReport {
  /** The valid translations by language. */
  translations: Record<string, Translation>;
  /** Extra keys and malformed values in any language (the build fails on them). */
  errors: DatasetProblem[];
  /** Missing keys by language (shown in English, marked). */
  missing: Record<string, DatasetProblem[]>;
}

/** Validates every language folder against the English dataset. */
export function validateAllTranslations(dataset: Dataset, folders: readonly TranslationFiles[]): TranslationsReport {
  const report: TranslationsReport = { translations: {}, errors: [], missing: {} };
  for (const files of folders) {
    const { translation, errors, missing } = validateTranslations(dataset, files);
    report.translations[files.lang] = translation;
    report.errors.push(...errors);
    report.missing[files.lang] = missing;
  }
  return report;
}
