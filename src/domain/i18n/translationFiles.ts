import type { DataFile } from "../datasetTypes";

/** The translation files of one language folder, `data/i18n/<lang>/`; any of them may be absent. */
export interface TranslationFiles {
  /** BCP-47 primary tag, the folder's name, e.g. `es`. */
  lang: string;
  /** The folder, relative to the repository, e.g. `data/i18n/es`; names absent files in reports. */
  folder: string;
  /** `muscles.json`. */
  muscles?: DataFile;
  /** `regions.json`. */
  regions?: DataFile;
  /** `conditions.json`. */
  conditions?: DataFile;
  /** `safety.json`. */
  safety?: DataFile;
  /** `landmarks.json`. */
  landmarks?: DataFile;
}

/** The file names of a language folder, in the order reports list them. */
export const TRANSLATION_FILE_NAMES = ["regions", "muscles", "conditions", "safety", "landmarks"] as const;

/** One of the files of a language folder. */
export type TranslationFileName = (typeof TRANSLATION_FILE_NAMES)[number];
