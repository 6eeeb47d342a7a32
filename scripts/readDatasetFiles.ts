import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataFile, DatasetFiles } from "../src/domain/datasetTypes";

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

/** Reads every dataset file from `data/` (every `data/muscles/*.json`, in name order). */
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
  };
}
