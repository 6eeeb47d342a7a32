import { partsOf } from "./bodyParts/bodyParts";
import { buildDataset } from "./buildDataset";
import { checkMuscle } from "./checkMuscle";
import { checkMuscleGroups } from "./checkMuscleGroups";
import { checkDuplicates, ReferenceChecker } from "./crossReferences";
import { DatasetError, type DatasetProblem } from "./datasetError";
import type { Dataset, DatasetFiles } from "./datasetTypes";
import { parseFile } from "./parseFile";
import { parseMuscleFiles } from "./parseMuscleFiles";
import { conditionsFileSchema } from "./schema/conditionSchema";
import { type Landmark, landmarksFileSchema } from "./schema/landmarkSchema";
import { regionsFileSchema } from "./schema/regionSchema";
import { safetySchema } from "./schema/safetySchema";
import { sourcesFileSchema } from "./schema/sourceSchema";

/** The outcome of validation: the dataset, or every problem found. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/**
 * Checks every file against its schema and every cross-reference between files (dangling ids,
 * duplicate ids, regions without muscles, trigger points off their muscle...). Pure: no I/O.
 */
export function validateDataset(files: DatasetFiles): ValidationResult {
  const problems: DatasetProblem[] = [];
  const landmarksFile = parseFile(landmarksFileSchema, files.landmarks, problems);
  const regionsFile = parseFile(regionsFileSchema, files.regions, problems);
  const sourcesFile = parseFile(sourcesFileSchema, files.sources, problems);
  const conditionsFile = parseFile(conditionsFileSchema, files.conditions, problems);
  const safety = parseFile(safetySchema, files.safety, problems);
  const { muscles, writtenIds: muscleIds, writtenRegions } = parseMuscleFiles(files.muscles, problems);
  if (!landmarksFile || !regionsFile || !sourcesFile || !conditionsFile || !safety) return { ok: false, problems };

  const landmarks = new Map<string, Landmark>(landmarksFile.landmarks.map((l) => [l.id, l]));
  const regionIds = new Set(regionsFile.regions.map((r) => r.id));
  const sourceIds = new Set(sourcesFile.sources.map((s) => s.id));
  const dangerZones = new Map(safety.dangerZones.map((z) => [z.id, z]));

  const landmarkChecker = new ReferenceChecker(files.landmarks.file, problems);
  checkDuplicates(landmarksFile.landmarks, (i) => `landmarks[${i}]`, "landmark", landmarkChecker);
  landmarksFile.landmarks.forEach((landmark, i) => {
    if (landmark.position[0] < 0) {
      landmarkChecker.report(
        `landmarks[${i}].position[0]`,
        "bilateral landmarks are written for the left side (x > 0) and midline ones at x = 0",
      );
    }
    const onLimb = partsOf(landmark.part).some((part) => part === "arm" || part === "leg");
    if (onLimb && landmark.position[0] <= 0) {
      landmarkChecker.report(`landmarks[${i}].part`, "an arm or leg landmark is written for the left side (x > 0)");
    }
  });

  const regionChecker = new ReferenceChecker(files.regions.file, problems);
  checkDuplicates(regionsFile.regions, (i) => `regions[${i}]`, "region", regionChecker);
  regionsFile.regions.forEach((region, i) => {
    region.anchors.forEach((anchor, j) => {
      const path = `regions[${i}].anchors[${j}]`;
      const landmark = landmarks.get(anchor);
      if (!landmark) regionChecker.ref(path, anchor, landmarks, "landmark");
      else if (landmark.kind !== "surface") regionChecker.report(path, `anchor "${anchor}" must be a surface landmark`);
    });
    if (!writtenRegions.has(region.id)) {
      regionChecker.report(`regions[${i}]`, `region "${region.id}" has no muscles: no muscle lists it in its regions`);
    }
  });

  const sourceChecker = new ReferenceChecker(files.sources.file, problems);
  checkDuplicates(sourcesFile.sources, (i) => `sources[${i}]`, "source", sourceChecker);

  const seenMuscles = new Map<string, string>();
  for (const muscle of muscles) {
    const checker = new ReferenceChecker(muscle.file, problems);
    const at = `muscles[${muscle.index}]`;
    checkDuplicates([muscle], () => at, "muscle", checker, seenMuscles);
    checkMuscle(muscle, at, checker, { landmarks, regionIds, sourceIds, muscleIds, dangerZones });
  }
  checkMuscleGroups(muscles, problems);

  const conditionChecker = new ReferenceChecker(files.conditions.file, problems);
  checkDuplicates(conditionsFile.conditions, (i) => `conditions[${i}]`, "condition", conditionChecker);
  conditionsFile.conditions.forEach((condition, i) => {
    const at = `conditions[${i}]`;
    conditionChecker.refs(`${at}.muscles`, condition.muscles, muscleIds, "muscle");
    conditionChecker.refs(`${at}.regions`, condition.regions, regionIds, "region");
    conditionChecker.citations(`${at}.sources`, condition.sources, sourceIds);
  });

  const safetyChecker = new ReferenceChecker(files.safety.file, problems);
  checkDuplicates(safety.dangerZones, (i) => `dangerZones[${i}]`, "danger zone", safetyChecker);
  safety.dangerZones.forEach((zone, i) => {
    safetyChecker.refs(`dangerZones[${i}].muscles`, zone.muscles, muscleIds, "muscle");
    safetyChecker.refs(`dangerZones[${i}].landmarks`, zone.landmarks, landmarks, "landmark");
    zone.surface?.shapes.forEach((shape, j) => {
      const at = `dangerZones[${i}].surface.shapes[${j}]`;
      if (shape.shape === "ellipsoid") safetyChecker.landmark(`${at}.center`, shape.center, landmarks);
      else safetyChecker.landmarks(`${at}.path`, shape.path, landmarks);
    });
    if (zone.surface) safetyChecker.citations(`dangerZones[${i}].surface.sources`, zone.surface.sources, sourceIds);
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: buildDataset(
      files,
      landmarksFile.landmarks,
      regionsFile.regions,
      muscles,
      conditionsFile.conditions,
      sourcesFile.sources,
      safety,
    ),
  };
}

/** Validates and returns the dataset, or throws a `DatasetError` listing every problem. */
export function loadDataset(files: DatasetFiles): Dataset {
  const result = validateDataset(files);
  if (!result.ok) throw new DatasetError(result.problems);
  return result.dataset;
}
