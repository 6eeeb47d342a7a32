import { statSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../../src/domain/validateDataset";
import { withAppInBrowser } from "../browserSession";
import { readDatasetFiles, repoRoot } from "../readDatasetFiles";
import { benchSelection } from "./browserBench";
import { benchHeap } from "./heapBench";
import { benchLookup } from "./lookupBench";
import { benchStartup } from "./startupBench";

/** `npm run bench`: prints the figures each budget in the issues is judged by (medians). */
async function main(): Promise<void> {
  const dataset = loadDataset(readDatasetFiles());
  const out = (lines: string[]) => process.stdout.write(`${lines.map((l) => `  ${l}`).join("\n")}\n`);
  process.stdout.write(`Benchmarks on ${dataset.muscles.length} muscles (dataset ${dataset.version})\n`);
  process.stdout.write("Reverse lookup\n");
  out(benchLookup(dataset));
  const glb = statSync(join(repoRoot, "public", "models", "body.glb")).size;
  process.stdout.write("Model\n");
  out([`public/models/body.glb: ${(glb / 1024).toFixed(0)} KiB   budget < 1536 KiB`]);
  await withAppInBrowser(async (browser, origin) => {
    process.stdout.write("Cold start, real Chromium (SwiftShader), production build, ms after navigation\n");
    out(await benchStartup(browser, origin));
    process.stdout.write("Selection to panel, real Chromium (SwiftShader), production build\n");
    out(await benchSelection(browser, origin, dataset));
    process.stdout.write("Memory, real Chromium\n");
    out(await benchHeap(browser, origin));
  });
}

await main();
