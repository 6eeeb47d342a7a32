import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataFile, DatasetFiles } from "../src/domain/datasetTypes";
import { TRANSLATION_FILE_NAMES, type TranslationFiles } from "../src/domain/i18n/translationFiles";

/** The repository root (scripts run from anywhere). */
export const repoRoot = join(import.meta.dirname, "..");

function readDataFile(path: string): DataFile {
  const file = relative(repoRoot, path);
  const text = readFileSync(path, "utf8");
  try {
    return { file, json: JSON.parse(text) };
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads the language folders under `data/i18n/` (a file a folder lacks is left out). */
export function readTranslationFiles(dataDir = join(repoRoot, "data")): TranslationFiles[] {
  const i18nDir = join(dataDir, "i18n");
  if (!existsSync(i18nDir)) return [];
  return readdirSync(i18nDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((lang) => {
      const folder = join(i18nDir, lang);
      const files: TranslationFiles = { lang, folder: relative(repoRoot, folder) };
      for (const name of TRANSLATION_FILE_NAMES) {
        const path = join(folder, `${name}.json`);
        if (existsSync(path)) files[name] = readDataFile(path);
      }
      return files;
    });
}

/** Reads every dataset file from `data/` (every `data/muscles/*.json`, in name order, and the translations). */
export function readDatasetFiles(dataDir = join(repoRoot, "data")): DatasetFiles {
  const musclesDir = join(dataDir, "muscles");
  return {
    landmarks: readDataFile(join(dataDir, "landmarks.json")),
    regions: readDataFile(join(dataDir, "regions.json")),
    sources: readDataFile(join(dataDir, "sources.json")),
    conditions: readDataFile(join(dataDir, "conditions.json")),
    safety: readDataFile(join(dataDir, "safety.json")),
    muscles: readdirSync(musclesDir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => readDataFile(join(musclesDir, name))),
    translations: readTranslationFiles(dataDir),
  };
}
