import type { Dataset } from "../datasetTypes";

/**
 * The translatable fields of one English entry: `"text"` for a sentence or name, `"names"` for a
 * list of any length (aliases), or the English list's length for lists that must match it item by item.
 */
export type ExpectedEntry = ReadonlyMap<string, "text" | "names" | number>;

/** Every translatable key of the English dataset, by translation file. */
export interface ExpectedTranslation {
  /** Fields by muscle id. */
  muscles: ReadonlyMap<string, ExpectedEntry>;
  /** Fields by region id. */
  regions: ReadonlyMap<string, ExpectedEntry>;
  /** Fields by condition id. */
  conditions: ReadonlyMap<string, ExpectedEntry>;
  /** Surface landmark ids (each one name). */
  landmarks: ReadonlyMap<string, ExpectedEntry>;
  /** The top-level safety texts (the session is apart). */
  safety: ExpectedEntry;
  /** `session.summary` and `session.steps`. */
  session: ExpectedEntry;
}

type Field = [string, "text" | "names" | number];

const list = (name: string, items: readonly string[]): Field[] => (items.length > 0 ? [[name, items.length]] : []);
const names = (items: readonly string[]): Field[] => (items.length > 0 ? [["aliases", "names"]] : []);

/** What a complete translation of the dataset holds, derived from the English data. */
export function expectedTranslation(dataset: Dataset): ExpectedTranslation {
  const { safety } = dataset;
  return {
    muscles: new Map(
      dataset.muscles.map((m) => [
        m.id,
        new Map<string, "text" | "names" | number>([
          ["name", "text"],
          ...names(m.aliases),
          ["summary", "text"],
          ["referral", "text"],
          ...list("symptoms", m.symptoms),
          ...list("selfCare", m.selfCare),
          ...(m.referral.groupPattern ? ([["groupPatternNote", "text"]] as Field[]) : []),
        ]),
      ]),
    ),
    regions: new Map(
      dataset.regions.map((r) => [
        r.id,
        new Map<string, "text">([
          ["name", "text"],
          ["description", "text"],
        ]),
      ]),
    ),
    conditions: new Map(
      dataset.conditions.map((c) => [
        c.id,
        new Map<string, "text" | "names" | number>([
          ["name", "text"],
          ...names(c.aliases),
          ["summary", "text"],
          ...list("redFlags", c.redFlags),
          ...list("selfCare", c.selfCare),
        ]),
      ]),
    ),
    landmarks: new Map(dataset.landmarks.filter((l) => l.kind === "surface").map((l) => [l.id, new Map()])),
    safety: new Map<string, "text" | "names" | number>([
      ...list("precautions", safety.precautions),
      ...list("tellYourProvider", safety.tellYourProvider),
      ...list("sideEffects", safety.sideEffects),
      ["versusAcupuncture", "text"],
      ...list("seeADoctorFirst", safety.seeADoctorFirst),
      ["evidence", "text"],
      ["disclaimer", "text"],
    ]),
    session: new Map<string, "text" | "names" | number>([["summary", "text"], ...list("steps", safety.session.steps)]),
  };
}
