import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { loadDataset } from "../../src/domain/validateDataset";
import { readDatasetFiles, repoRoot } from "../readDatasetFiles";
import { writeBudgets } from "./budgets";
import { buildModel, defaultBuildModelOptions } from "./buildModel";
import { encodeGlb } from "./writeGlb";

/** Where `npm run model` writes the model. */
export const modelPath = join(repoRoot, "public/models/body.glb");

const line = (text: string) => process.stdout.write(`${text}\n`);

/** Generates public/models/body.glb from the dataset and prints the budgets. */
async function main(): Promise<void> {
  const start = performance.now();
  const dataset = loadDataset(readDatasetFiles());
  line(`model: dataset ${dataset.version}: ${dataset.muscles.length} muscles, ${dataset.regions.length} regions`);
  const parts = await buildModel(dataset, defaultBuildModelOptions, (step, detail, ms) =>
    line(`model: ${step.padEnd(13)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${detail}`),
  );
  const encodeStart = performance.now();
  const glb = await encodeGlb(parts, dataset.version);
  line(
    `model: ${"encode".padEnd(13)} ${((performance.now() - encodeStart) / 1000).toFixed(2).padStart(6)} s  meshopt GLB`,
  );
  mkdirSync(dirname(modelPath), { recursive: true });
  writeFileSync(modelPath, glb);
  line(`model: wrote ${relative(repoRoot, modelPath)}`);
  writeBudgets(parts, glb.length, performance.now() - start, line);
}

await main();
