import Fuse from "fuse.js";
import { partsOf, skinPartCode } from "../bodyParts/bodyParts";
import { createRegionRule } from "../bodyParts/regionRule";
import type { Dataset } from "../datasetTypes";
import { type SafetyTopic, safetyTopics } from "../queries/safetyTopics";

/** What a search result is. */
export type SearchKind = "muscle" | "region" | "condition" | "place" | "topic";

/** What choosing a result opens: a place opens the region it lies in. */
export interface SearchTarget {
  /** Kind of page. */
  kind: "muscle" | "region" | "condition" | "topic";
  /** Its id. */
  id: string;
}

/** One searchable item. */
export interface SearchEntry {
  /** Kind of item. */
  kind: SearchKind;
  /** Its id (a landmark id for places, a topic id for safety topics). */
  id: string;
  /** Display name. */
  label: string;
  /** Where it is, for places: the region's name. */
  detail?: string;
  /** Other names: Latin name, aliases, keywords. */
  names: string[];
  /** Text that should also find it: symptoms, the safety text. */
  words: string[];
  /** What choosing it opens. */
  opens: SearchTarget;
  /** Among equal matches, lower comes first: a muscle's prevalence (0 very common, 1 common, 2 occasional). */
  commonness?: number;
}

/** A ranked search result. */
export interface SearchResult extends SearchEntry {
  /** How it matched: 0 the whole name, 1 words of the name, 2 words of its text, 3 a fuzzy (typo-tolerant) match. */
  tier: 0 | 1 | 2 | 3;
  /** Within a tier, 0 is best, 1 worst. */
  score: number;
}

/** Search over muscles (every name), regions, places on the body, conditions and safety topics. */
export interface SearchIndex {
  /** Best results first; at most `limit`. */
  search(query: string, limit?: number): SearchResult[];
}

/** Options of `createSearchIndex`. */
export interface SearchOptions {
  /** The English dataset when `dataset` is a translation: its names (and the Latin) find the same entries too. */
  english?: Dataset;
  /** A safety topic's heading and search words in the interface language (default: the English ones). */
  topicText?: (topic: SafetyTopic) => { title: string; keywords: string[] };
}

/**
 * Lower case without accents, punctuation to spaces: "Golfer's elbow" -> "golfer s elbow",
 * "Músculo" -> "musculo", "Äußerer" -> "ausserer".
 */
function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Adds the English names of each entry to the translated one with the same kind and id. */
function withEnglishNames(entries: SearchEntry[], english: SearchEntry[]): SearchEntry[] {
  const byKey = new Map(english.map((e) => [`${e.kind}:${e.id}`, e]));
  return entries.map((entry) => {
    const other = byKey.get(`${entry.kind}:${entry.id}`);
    if (!other) return entry;
    const names = [...new Set([...entry.names, other.label, ...other.names])].filter((n) => n !== entry.label);
    return { ...entry, names };
  });
}

function entriesOf(dataset: Dataset, topicText: SearchOptions["topicText"]): SearchEntry[] {
  const rule = createRegionRule(dataset.regions, dataset.landmarkById);
  const places = dataset.landmarks.flatMap((landmark): SearchEntry[] => {
    const [part] = partsOf(landmark.part);
    if (landmark.kind !== "surface" || !part) return [];
    const [x, y, z] = landmark.position;
    const region = dataset.regionById.get(rule.regionAt(x, y, z, skinPartCode(part, "left")));
    if (!region || normalize(region.name) === normalize(landmark.name)) return [];
    return [
      {
        kind: "place",
        id: landmark.id,
        label: landmark.name,
        detail: region.name,
        names: [],
        words: [],
        opens: { kind: "region", id: region.id },
      },
    ];
  });
  return [
    ...dataset.regions.map((r) => ({
      kind: "region" as const,
      id: r.id,
      label: r.name,
      names: [],
      words: [r.description],
      opens: { kind: "region" as const, id: r.id },
    })),
    ...places,
    ...dataset.conditions.map((c) => ({
      kind: "condition" as const,
      id: c.id,
      label: c.name,
      names: c.aliases,
      words: [c.summary],
      opens: { kind: "condition" as const, id: c.id },
    })),
    ...dataset.muscles.map((m) => ({
      kind: "muscle" as const,
      id: m.id,
      label: m.name,
      names: [m.latinName, ...m.aliases],
      words: m.symptoms,
      opens: { kind: "muscle" as const, id: m.id },
      commonness: prevalenceRank[m.prevalence],
    })),
    ...safetyTopics(dataset.safety).map((t) => {
      const { title, keywords } = topicText ? topicText(t) : t;
      return {
        kind: "topic" as const,
        id: t.id,
        label: title,
        names: keywords,
        words: t.text,
        opens: { kind: "topic" as const, id: t.id },
      };
    }),
  ];
}

/** An entry's texts split into words once. */
interface Prepared {
  entry: SearchEntry;
  label: string;
  names: string[];
  labelWords: Set<string>;
  nameWords: Set<string>;
  textWords: Set<string>;
}

const wordsIn = (texts: readonly string[]) => new Set(texts.flatMap((t) => normalize(t).split(" ")));

/** True when every query word is a word of `words`, the last one possibly still being typed (a prefix). */
function hasAllWords(query: readonly string[], words: ReadonlySet<string>): boolean {
  return query.every((word, i) => {
    if (words.has(word)) return true;
    if (i !== query.length - 1 || word.length < 3) return false;
    for (const w of words) if (w.startsWith(word)) return true;
    return false;
  });
}

/** The tier of a whole or word match (with a finer rank inside the tier), or null. */
function wordTier(p: Prepared, text: string, words: string[]): { tier: 0 | 1 | 2; score: number } | null {
  if (p.label === text || p.names.includes(text)) return { tier: 0, score: p.label === text ? 0 : 0.1 };
  if (hasAllWords(words, p.labelWords)) return { tier: 1, score: 0 };
  if (hasAllWords(words, p.nameWords)) return { tier: 1, score: 0.3 };
  if (hasAllWords(words, p.textWords)) return { tier: 2, score: 0 };
  return null;
}

/** Commoner sources of referred pain first among equally good muscle matches ("trapecio" names three). */
const prevalenceRank = { "very-common": 0, common: 1, occasional: 2 } as const;

/** Places and regions first among equals, then conditions, muscles and topics. */
const kindOrder: Record<SearchKind, number> = { region: 0, place: 1, condition: 2, muscle: 3, topic: 4 };

/**
 * Builds the search index of a dataset. Results rank whole-name matches first, then names that
 * contain every word typed, then texts that do (symptoms, the safety text), and only then fuzzy
 * matches that forgive typos; a fuzzy match must be close when better ones exist. Accents never
 * matter ("trapécio" finds "Trapecio"); with `options.english` a translated dataset is also found by
 * its English and Latin names.
 */
export function createSearchIndex(dataset: Dataset, options: SearchOptions = {}): SearchIndex {
  const own = entriesOf(dataset, options.topicText);
  const entries =
    options.english && options.english !== dataset ? withEnglishNames(own, entriesOf(options.english, undefined)) : own;
  const prepared: Prepared[] = entries.map((entry) => ({
    entry,
    label: normalize(entry.label),
    names: entry.names.map(normalize),
    labelWords: wordsIn([entry.label]),
    nameWords: wordsIn(entry.names),
    textWords: wordsIn(entry.words),
  }));
  const fuse = new Fuse(prepared, {
    keys: [
      { name: "entry.label", weight: 3 },
      { name: "entry.names", weight: 2 },
    ],
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.4,
    minMatchCharLength: 2,
  });
  return {
    search(query, limit = 8) {
      const text = normalize(query);
      if (text.length < 2) return [];
      const words = text.split(" ");
      const results = new Map<SearchEntry, SearchResult>();
      for (const p of prepared) {
        const match = wordTier(p, text, words);
        if (match) results.set(p.entry, { ...p.entry, ...match });
      }
      const strict = results.size > 0;
      for (const hit of fuse.search(query.trim())) {
        const score = hit.score ?? 1;
        if (results.has(hit.item.entry) || (strict && score > 0.1)) continue;
        results.set(hit.item.entry, { ...hit.item.entry, tier: 3, score });
      }
      return [...results.values()]
        .sort(
          (a, b) =>
            a.tier - b.tier ||
            a.score - b.score ||
            kindOrder[a.kind] - kindOrder[b.kind] ||
            (a.commonness ?? 0) - (b.commonness ?? 0) ||
            a.label.length - b.label.length,
        )
        .slice(0, limit);
    },
  };
}
