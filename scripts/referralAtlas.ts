import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../src/domain/datasetTypes";
import { compileReferral } from "../src/domain/referral/compileReferral";
import { instancesOf } from "../src/domain/referral/muscleInstances";
import { loadDataset } from "../src/domain/validateDataset";
import type { ViewPreset } from "../src/state/selectionTypes";
import { withAppInBrowser } from "./browserSession";
import { readDatasetFiles, repoRoot } from "./readDatasetFiles";

/** The preset that faces a muscle's essential zones (left-side instance); head and arm patterns from the side. */
function bestView(dataset: Dataset, muscleId: string): ViewPreset {
  const muscle = dataset.muscleById.get(muscleId);
  const instance = muscle && instancesOf(muscle)[0];
  if (!instance) return "front";
  const zones = compileReferral(instance, dataset).zones;
  const essential = zones.filter((zone) => zone.kind === "essential");
  const centres = (essential.length ? essential : zones).map((zone) => zone.bound.center);
  const z = centres.reduce((sum, c) => sum + c[2], 0) / centres.length;
  const x = centres.reduce((sum, c) => sum + c[0], 0) / centres.length;
  const y = centres.reduce((sum, c) => sum + c[1], 0) / centres.length;
  if (x > 0.2 || y > 1.45) return "left";
  return z < -0.02 ? "back" : "front";
}

/**
 * `npx tsx scripts/referralAtlas.ts [muscle-id ...]`: renders each muscle's referral pattern on
 * the left side, from the view that faces it, into tmp/atlas/<id>.png, for reviewing the data.
 */
async function main(ids: string[]): Promise<void> {
  const dataset = loadDataset(readDatasetFiles());
  const outDir = join(repoRoot, "tmp", "atlas");
  mkdirSync(outDir, { recursive: true });
  const muscles = ids.length ? ids : dataset.muscles.map((m) => m.id);
  await withAppInBrowser(async (browser, origin) => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 }, reducedMotion: "reduce" });
    for (const id of muscles) {
      await page.goto(`${origin}/?muscle=${id}&side=left`);
      await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
      await page
        .getByRole("button", {
          name: bestView(dataset, id)[0]?.toUpperCase() + bestView(dataset, id).slice(1),
          exact: true,
        })
        .click();
      await page.addStyleTag({ content: ".view-controls { display: none; }" });
      await page.waitForTimeout(300);
      await page.locator("canvas").screenshot({ path: join(outDir, `${id}.png`) });
      process.stdout.write(`  tmp/atlas/${id}.png\n`);
    }
  });
}

await main(process.argv.slice(2));
