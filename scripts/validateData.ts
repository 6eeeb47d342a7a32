import { formatProblem } from "../src/domain/datasetError";
import { datasetSummary } from "../src/domain/datasetSummary";
import { validateDataset } from "../src/domain/validateDataset";
import { readDatasetFiles } from "./readDatasetFiles";

/** `npm run validate-data [-- --json]`: validates data/ and prints a summary, or every problem. */
function main(): number {
  const json = process.argv.includes("--json");
  const result = validateDataset(readDatasetFiles());
  if (!result.ok) {
    process.stderr.write(`Invalid dataset: ${result.problems.length} problem(s)\n`);
    for (const problem of result.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    return 1;
  }
  const summary = datasetSummary(result.dataset);
  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  }
  process.stdout.write(
    [
      `Dataset ${result.dataset.version} is valid.`,
      `  muscles        ${summary.muscles.length}`,
      `  trigger points ${summary.triggerPoints}`,
      `  zones          ${summary.zones}`,
      `  regions        ${summary.regions.length}`,
      `  landmarks      ${summary.landmarks.length}`,
      `  conditions     ${summary.conditions.length}`,
      "",
    ].join("\n"),
  );
  return 0;
}

process.exitCode = main();
