import type { Dataset } from "../datasetTypes";

/** A random number in [0, 1), e.g. `Math.random`; tests pass a seeded one. */
export type Random = () => number;

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The options of a "name the muscle" question: the answer and `count - 1` others, taken first from
 * the study list (the muscles a student confuses it with), then from muscles sharing a region with
 * it, then from any; in random order. Muscles charted with one group pattern never stand beside each
 * other (their patterns are the same, so the question would have two right answers).
 */
export function muscleChoices(
  dataset: Dataset,
  answer: string,
  pool: readonly string[],
  random: Random,
  count = 4,
): string[] {
  const muscle = dataset.muscleById.get(answer);
  const sameGroup = new Set(muscle?.referral.groupPattern?.muscles ?? [answer]);
  const neighbours = dataset.muscles.filter((m) => m.regions.some((r) => muscle?.regions.includes(r))).map((m) => m.id);
  const everyone = dataset.muscles.map((m) => m.id);
  const others: string[] = [];
  for (const tier of [pool, neighbours, everyone]) {
    for (const id of shuffled(tier, random)) {
      if (others.length >= count - 1) break;
      if (sameGroup.has(id) || others.includes(id) || !dataset.muscleById.has(id)) continue;
      others.push(id);
    }
  }
  return shuffled([answer, ...others], random);
}
