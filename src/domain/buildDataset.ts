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
  return {
    version: datasetVersion(files),
    landmarks,
    regions,
    muscles,
    conditions,
    sources,
    safety,
    landmarkById: new Map(landmarks.map((l) => [l.id, l])),
    regionById: new Map(regions.map((r) => [r.id, r])),
    muscleById: new Map(muscles.map((m) => [m.id, m])),
    muscleIdByFormerId: new Map(muscles.flatMap((m) => m.formerIds.map((former) => [former, m.id] as const))),
    conditionById: new Map(conditions.map((c) => [c.id, c])),
  };
}
