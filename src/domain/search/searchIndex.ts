import Fuse from "fuse.js";
import type { Dataset } from "../datasetTypes";

/** What a search result points at. */
export type SearchKind = "muscle" | "region" | "condition";

/** One searchable item. */
export interface SearchEntry {
  /** Kind of item. */
  kind: SearchKind;
  /** Its dataset id. */
  id: string;
  /** Display name. */
  label: string;
  /** Other names: Latin name, aliases. */
  names: string[];
  /** Symptoms or descriptions that should also find it. */
  words: string[];
}

/** A ranked search result. */
export interface SearchResult extends SearchEntry {
  /** 0 is a perfect match, 1 no match. */
  score: number;
}

/** Typo-tolerant search over muscles (every name), regions, conditions and symptoms. */
export interface SearchIndex {
  /** Best results first; at most `limit`. */
  search(query: string, limit?: number): SearchResult[];
}

function entriesOf(dataset: Dataset): SearchEntry[] {
  return [
    ...dataset.muscles.map((m) => ({
      kind: "muscle" as const,
      id: m.id,
      label: m.name,
      names: [m.latinName, ...m.aliases],
      words: m.symptoms,
    })),
    ...dataset.regions.map((r) => ({ kind: "region" as const, id: r.id, label: r.name, names: [], words: [] })),
    ...dataset.conditions.map((c) => ({
      kind: "condition" as const,
      id: c.id,
      label: c.name,
      names: c.aliases,
      words: [],
    })),
  ];
}

/** Builds the search index of a dataset. */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const fuse = new Fuse(entriesOf(dataset), {
    keys: [
      { name: "label", weight: 3 },
      { name: "names", weight: 2 },
      { name: "words", weight: 0.6 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    minMatchCharLength: 2,
  });
  return {
    search(query, limit = 8) {
      const text = query.trim();
      if (text.length < 2) return [];
      return fuse.search(text, { limit }).map((hit) => ({ ...hit.item, score: hit.score ?? 1 }));
    },
  };
}
