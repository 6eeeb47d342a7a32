import { statSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../../src/domain/validateDataset";
import { readDatasetFiles, repoRoot } from "../readDatasetFiles";
import { benchSelection } from "./browserBench";
import { benchLookup } from "./lookupBench";

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
  process.stdout.write("Selection to panel, real Chromium (SwiftShader), production build\n");
  out(await benchSelection(dataset));
}

await main();
