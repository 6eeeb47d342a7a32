import { z } from "zod";
import type { DatasetProblem } from "./datasetError";
import type { DataFile, MuscleEntry } from "./datasetTypes";
import { parseFile, parseValue } from "./parseFile";
import { muscleSchema } from "./schema/muscleSchema";

const musclesWrapperSchema = z.strictObject({ muscles: z.array(z.unknown()) });

/** Muscles that passed their schema, plus the ids and regions of those that did not. */
export interface ParsedMuscles {
  /** Valid muscles, in file order. */
  muscles: MuscleEntry[];
  /** Ids of every muscle written, valid or not, so one broken muscle does not make others' references dangle. */
  writtenIds: Set<string>;
  /** Region ids listed by every muscle written, valid or not. */
  writtenRegions: Set<string>;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Parses each muscle of each file on its own, so a problem in one muscle reports only that muscle. */
export function parseMuscleFiles(files: readonly DataFile[], problems: DatasetProblem[]): ParsedMuscles {
  const parsed: ParsedMuscles = { muscles: [], writtenIds: new Set(), writtenRegions: new Set() };
  for (const dataFile of files) {
    const wrapper = parseFile(musclesWrapperSchema, dataFile, problems);
    wrapper?.muscles.forEach((raw, index) => {
      const record = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
      if (typeof record.id === "string") parsed.writtenIds.add(record.id);
      for (const region of stringsOf(record.regions)) parsed.writtenRegions.add(region);
      const muscle = parseValue(muscleSchema, dataFile.file, raw, problems, ["muscles", index]);
      if (muscle) parsed.muscles.push({ ...muscle, file: dataFile.file, index });
    });
  }
  return parsed;
}
