import { z } from "zod";
import type { DatasetProblem } from "../datasetError";
import type { Dataset } from "../datasetTypes";
import { parseValue } from "../parseFile";
import { type ExpectedEntry, expectedTranslation } from "./expectedTranslation";
import type { TranslationFiles } from "./translationFiles";
import {
  conditionTranslationSchema,
  muscleTranslationSchema,
  regionTranslationSchema,
  safetyTranslationSchema,
  type Translation,
} from "./translationSchema";

/** What validation found in one language folder. */
export interface TranslationReport {
  /** The valid part of the translation (invalid entries and fields are left out, so they show in English). */
  translation: Translation;
  /** Extra keys and malformed values: `npm run validate-data` and the build fail on them. */
  errors: DatasetProblem[];
  /** Every key the English has and the translation lacks: shown in English, marked as such. */
  missing: DatasetProblem[];
}

/** The entries of a translation file under its one top-level key, before each entry is checked. */
const fileShape = (key: string) => z.strictObject({ [key]: z.record(z.string(), z.unknown()) });

/**
 * Checks one language folder against the English dataset: every missing file, entry and field, every
 * extra one (an id the dataset lacks, a field the English entry lacks), and every list whose length
 * differs from the English. Pure: no I/O.
 */
export function validateTranslations(dataset: Dataset, files: TranslationFiles): TranslationReport {
  const errors: DatasetProblem[] = [];
  const missing: DatasetProblem[] = [];
  const expected = expectedTranslation(dataset);
  const translation: Translation = {
    lang: files.lang,
    muscles: {},
    regions: {},
    conditions: {},
    landmarks: {},
    safety: {},
  };

  const keyed = [
    { key: "regions", schema: regionTranslationSchema, noun: "region" },
    { key: "muscles", schema: muscleTranslationSchema, noun: "muscle" },
    { key: "conditions", schema: conditionTranslationSchema, noun: "condition" },
    { key: "landmarks", schema: z.string().trim().min(1, "must not be empty"), noun: "surface landmark" },
  ] as const;
  for (const { key, schema, noun } of keyed) {
    const file = files[key]?.file ?? `${files.folder}/${key}.json`;
    const entries = expected[key];
    const json = files[key]?.json;
    if (json === undefined) {
      missing.push({ file, path: "", message: `file missing: all ${entries.size} ${noun}s are shown in English` });
      continue;
    }
    const parsed = parseValue(fileShape(key), file, json, errors);
    if (!parsed) continue;
    const given = parsed[key] as Record<string, unknown>;
    for (const [id, value] of Object.entries(given)) {
      const entry = entries.get(id);
      if (!entry) {
        errors.push({ file, path: `${key}.${id}`, message: `extra key: the dataset has no ${noun} "${id}"` });
        continue;
      }
      const valid = parseValue(schema, file, value, errors, [key, id]);
      if (valid === undefined) continue;
      const kept = typeof valid === "string" ? valid : checkFields(valid, entry, file, `${key}.${id}`, errors, missing);
      (translation[key] as Record<string, unknown>)[id] = kept;
    }
    for (const id of entries.keys()) {
      if (!(id in given)) missing.push({ file, path: `${key}.${id}`, message: "missing: shown in English" });
    }
  }

  const safetyFile = files.safety?.file ?? `${files.folder}/safety.json`;
  if (files.safety === undefined) {
    missing.push({ file: safetyFile, path: "", message: "file missing: the safety text is shown in English" });
  } else {
    const safety = parseValue(safetyTranslationSchema, safetyFile, files.safety.json, errors);
    if (safety) {
      const { session, ...rest } = safety;
      const top = checkFields(rest, expected.safety, safetyFile, "", errors, missing);
      if (!session) missing.push({ file: safetyFile, path: "session", message: "missing: shown in English" });
      const checkedSession = session
        ? checkFields(session, expected.session, safetyFile, "session", errors, missing)
        : undefined;
      translation.safety = checkedSession ? { ...top, session: checkedSession } : top;
    }
  }
  return { translation, errors, missing };
}

/**
 * Compares a translated entry with what the English entry has: reports missing fields, fields the
 * English lacks and lists of another length; returns the entry without the fields in error.
 */
function checkFields<T extends object>(
  value: T,
  entry: ExpectedEntry,
  file: string,
  at: string,
  errors: DatasetProblem[],
  missing: DatasetProblem[],
): Partial<T> {
  const kept: Partial<T> = {};
  const path = (field: string) => (at ? `${at}.${field}` : field);
  for (const [field, translated] of Object.entries(value) as [keyof T & string, unknown][]) {
    const english = entry.get(field);
    if (english === undefined) {
      errors.push({ file, path: path(field), message: "extra key: the English entry has no such text" });
      continue;
    }
    if (typeof english === "number" && Array.isArray(translated) && translated.length !== english) {
      errors.push({
        file,
        path: path(field),
        message: `has ${translated.length} items but the English has ${english}: shown in English until they match`,
      });
      continue;
    }
    kept[field] = translated as T[typeof field];
  }
  for (const field of entry.keys()) {
    if (!(field in value)) missing.push({ file, path: path(field), message: "missing: shown in English" });
  }
  return kept;
}
