import { hydrateDataset } from "./datasetPayload";
import type { Dataset, DatasetFiles, MuscleEntry, RegionWithMuscles } from "./datasetTypes";
import { hashText } from "./hashText";
import type { Condition } from "./schema/conditionSchema";
import type { Landmark } from "./schema/landmarkSchema";
import type { Region } from "./schema/regionSchema";
import type { Safety } from "./schema/safetySchema";
import type { Source } from "./schema/sourceSchema";

/** Hash of every input file's path and content: the dataset version. */
export function datasetVersion(files: DatasetFiles): string {
  const muscleFiles = [...files.muscles].sort((a, b) => a.file.localeCompare(b.file));
  const all = [files.landmarks, files.regions, files.sources, files.conditions, files.safety, ...muscleFiles];
  return hashText(all.flatMap((f) => [f.file, JSON.stringify(f.json)]));
}

/** Assembles validated parts into the dataset with its lookups. */
export function buildDataset(
  files: DatasetFiles,
  landmarks: Landmark[],
  regionList: Region[],
  muscles: MuscleEntry[],
  conditions: Condition[],
  sources: Source[],
  safety: Safety,
): Dataset {
  const regions: RegionWithMuscles[] = regionList.map((region) => ({
    ...region,
    muscles: muscles.filter((m) => m.regions.includes(region.id)).map((m) => m.id),
  }));
  return hydrateDataset({ version: datasetVersion(files), landmarks, regions, muscles, conditions, sources, safety });
}
