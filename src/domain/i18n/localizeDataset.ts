import { hydrateDataset, toDatasetPayload } from "../datasetPayload";
import type { Dataset } from "../datasetTypes";
import type { Translation } from "./translationSchema";

/** The dataset in one language, and which of its texts are still the English ones. */
export interface LocalizedDataset {
  /** The language, e.g. `es` (`en` for the dataset as written). */
  lang: string;
  /** The dataset with every translated text in place (ids, geometry and practitioner detail unchanged). */
  dataset: Dataset;
  /** The English dataset: search also finds English names. */
  english: Dataset;
  /**
   * Texts shown in English because their translation is missing; the UI marks these (an "English"
   * tag and `lang="en"`). Always empty for English.
   */
  untranslated: ReadonlySet<string>;
}

/**
 * Puts a language's translations into the dataset; every field the translation lacks keeps its
 * English text and is listed in `untranslated`, so nothing is ever blank. Without a translation
 * (English, or a language whose files failed to load) the dataset comes back as it is.
 */
export function localizeDataset(
  english: Dataset,
  translation: Translation | undefined,
  lang: string,
): LocalizedDataset {
  if (lang === "en" || !translation) {
    const untranslated = new Set<string>();
    if (lang !== "en") collectAll(english, untranslated);
    return { lang, dataset: english, english, untranslated };
  }
  const untranslated = new Set<string>();
  const pick = <T extends string | readonly string[]>(translated: T | undefined, fallback: T): T => {
    if (translated !== undefined) return translated;
    if (typeof fallback === "string") untranslated.add(fallback);
    else for (const item of fallback) untranslated.add(item);
    return fallback;
  };
  const payload = toDatasetPayload(english);
  const t = translation;
  const localized = {
    ...payload,
    landmarks: payload.landmarks.map((l) =>
      l.kind === "surface" ? { ...l, name: pick(t.landmarks[l.id], l.name) } : l,
    ),
    regions: payload.regions.map((r) => {
      const tr = t.regions[r.id] ?? {};
      return { ...r, name: pick(tr.name, r.name), description: pick(tr.description, r.description) };
    }),
    muscles: payload.muscles.map((m) => {
      const tr = t.muscles[m.id] ?? {};
      const group = m.referral.groupPattern;
      return {
        ...m,
        name: pick(tr.name, m.name),
        aliases: pick(tr.aliases, m.aliases),
        summary: pick(tr.summary, m.summary),
        symptoms: pick(tr.symptoms, m.symptoms),
        selfCare: pick(tr.selfCare, m.selfCare),
        referral: {
          ...m.referral,
          description: pick(tr.referral, m.referral.description),
          ...(group ? { groupPattern: { ...group, note: pick(tr.groupPatternNote, group.note) } } : {}),
        },
      };
    }),
    conditions: payload.conditions.map((c) => {
      const tr = t.conditions[c.id] ?? {};
      return {
        ...c,
        name: pick(tr.name, c.name),
        aliases: pick(tr.aliases, c.aliases),
        summary: pick(tr.summary, c.summary),
        redFlags: pick(tr.redFlags, c.redFlags),
        selfCare: pick(tr.selfCare, c.selfCare),
      };
    }),
    safety: localizeSafety(payload.safety, t.safety, pick),
  };
  return { lang, dataset: hydrateDataset(localized), english, untranslated };
}

type Pick = <T extends string | readonly string[]>(translated: T | undefined, fallback: T) => T;

function localizeSafety(safety: Dataset["safety"], t: Translation["safety"], pick: Pick): Dataset["safety"] {
  return {
    ...safety,
    session: {
      summary: pick(t.session?.summary, safety.session.summary),
      steps: pick(t.session?.steps, safety.session.steps),
    },
    precautions: pick(t.precautions, safety.precautions),
    tellYourProvider: pick(t.tellYourProvider, safety.tellYourProvider),
    sideEffects: pick(t.sideEffects, safety.sideEffects),
    versusAcupuncture: pick(t.versusAcupuncture, safety.versusAcupuncture),
    seeADoctorFirst: pick(t.seeADoctorFirst, safety.seeADoctorFirst),
    evidence: pick(t.evidence, safety.evidence),
    disclaimer: pick(t.disclaimer, safety.disclaimer),
  };
}

/** With no translation at all, every patient-facing text is English. */
function collectAll(english: Dataset, into: Set<string>): void {
  const empty: Translation = { lang: "", muscles: {}, regions: {}, conditions: {}, landmarks: {}, safety: {} };
  for (const text of localizeDataset(english, empty, "xx").untranslated) into.add(text);
}
