import { spawnSync } from "node:child_process";
import { skinPartCode } from "../../src/domain/bodyParts/bodyParts";
import type { Dataset } from "../../src/domain/datasetTypes";
import { createPainLookup, spotsAt } from "../../src/domain/painLookup/painLookup";
import type { Vec3 } from "../../src/domain/schema/primitives";
import { repoRoot } from "../readDatasetFiles";
import { median, ms, timeRuns } from "./stats";

/** A deterministic pseudo-random number generator (mulberry32), so every run scores the same spots. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A painted patch: `count` spots scattered within 4 cm of a landmark, as a brush stroke would leave. */
function patch(dataset: Dataset, landmarkId: string, count: number): Vec3[] {
  const [x, y, z] = dataset.landmarkById.get(landmarkId)?.position ?? [0, 1, 0];
  const next = random(42);
  return Array.from(
    { length: count },
    () => [x + (next() - 0.5) * 0.08, y + (next() - 0.5) * 0.08, z + (next() - 0.5) * 0.02] as Vec3,
  );
}

/** Times the reverse lookup for one spot and for a 200-spot painted area, and the CLI end to end. */
export function benchLookup(dataset: Dataset): string[] {
  const lookup = createPainLookup(dataset);
  const one = spotsAt(patch(dataset, "temple", 1), skinPartCode("head", "left"));
  const area = spotsAt(patch(dataset, "lateral-epicondyle", 200), skinPartCode("arm", "left"));
  const single = median(timeRuns(() => lookup.rank(one), 400, 50));
  const painted = median(timeRuns(() => lookup.rank(area), 60, 5));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const cli = median(
    timeRuns(() => spawnSync(npm, ["run", "-s", "query", "--", "temple.left", "--json"], { cwd: repoRoot }), 5, 1),
  );
  return [
    `reverse lookup, 1 spot (median of 400):        ${ms(single)}   budget < 1 ms`,
    `reverse lookup, 200-spot area (median of 60):  ${ms(painted)}   budget < 10 ms`,
    `npm run query, end to end incl. npm and bundling (median of 5): ${ms(cli)}   budget < 1000 ms`,
  ];
}
