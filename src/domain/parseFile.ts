import type { z } from "zod";
import { type DatasetProblem, formatPath } from "./datasetError";
import type { DataFile } from "./datasetTypes";

/** Zod error customisation: name missing fields and unknown keys plainly. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required but missing";
  if (issue.code === "unrecognized_keys") {
    return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  }
  return undefined;
}

/**
 * Parses `json` (found at `at` inside `file`) with its schema; returns the value, or undefined
 * after adding every problem found, with its full path, to `problems`.
 */
export function parseValue<T extends z.ZodType>(
  schema: T,
  file: string,
  json: unknown,
  problems: DatasetProblem[],
  at: readonly PropertyKey[] = [],
): z.output<T> | undefined {
  const result = schema.safeParse(json, { error: describeIssue });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: formatPath([...at, ...issue.path]), message: issue.message });
  }
  return undefined;
}

/** Parses one whole data file with its schema. */
export function parseFile<T extends z.ZodType>(
  schema: T,
  dataFile: DataFile,
  problems: DatasetProblem[],
): z.output<T> | undefined {
  return parseValue(schema, dataFile.file, dataFile.json, problems);
}
