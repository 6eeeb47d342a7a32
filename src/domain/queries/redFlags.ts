import type { Dataset } from "../datasetTypes";
import type { Condition } from "../schema/conditionSchema";

/** Words of a flag without case, punctuation or the parenthesised explanation, for comparing flags. */
function wordsOf(flag: string): Set<string> {
  const plain = flag
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9' ]+/g, " ");
  return new Set(plain.split(/\s+/).filter((w) => w.length > 2));
}

/** Two flags say the same when most of the words of the shorter one are in the other. */
function sameFlag(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / small.size >= 0.8;
}

/**
 * The conditions felt in any of the given regions, most relevant first: a condition whose main
 * region (listed first) is among them comes before one that only reaches them.
 */
export function conditionsTouching(dataset: Dataset, regionIds: readonly string[]): Condition[] {
  const wanted = new Set(regionIds);
  const rank = (c: Condition) => c.regions.findIndex((r) => wanted.has(r));
  return dataset.conditions.filter((c) => rank(c) >= 0).sort((a, b) => rank(a) - rank(b));
}

/**
 * The red flags of every condition felt in the given regions, most relevant condition first,
 * without repeats: a flag saying the same as an earlier one (the same words, give or take an
 * explanation) is kept once, in its longer wording.
 */
export function redFlagsFor(dataset: Dataset, regionIds: readonly string[]): string[] {
  const kept: { flag: string; words: Set<string> }[] = [];
  for (const condition of conditionsTouching(dataset, regionIds)) {
    for (const flag of condition.redFlags) {
      const words = wordsOf(flag);
      const same = kept.find((k) => sameFlag(k.words, words));
      if (!same) kept.push({ flag, words });
      else if (flag.length > same.flag.length) Object.assign(same, { flag, words });
    }
  }
  return kept.map((k) => k.flag);
}
