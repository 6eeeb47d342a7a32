import { formatProblem } from "../src/domain/datasetError";
import { datasetSummary } from "../src/domain/datasetSummary";
import { validateAllTranslations } from "../src/domain/i18n/validateAllTranslations";
import { validateDataset } from "../src/domain/validateDataset";
import { readDatasetFiles } from "./readDatasetFiles";

/**
 * `npm run validate-data [-- --json]`: validates data/ and its translations; prints a summary (with every
 * missing translation, per language), or every problem (extra or malformed translations included).
 */
function main(): number {
  const json = process.argv.includes("--json");
  const files = readDatasetFiles();
  const result = validateDataset(files);
  if (!result.ok) {
    process.stderr.write(`Invalid dataset: ${result.problems.length} problem(s)\n`);
    for (const problem of result.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    return 1;
  }
  const translations = validateAllTranslations(result.dataset, files.translations ?? []);
  for (const [lang, missing] of Object.entries(translations.missing)) {
    if (missing.length === 0) continue;
    process.stderr.write(`Translation "${lang}": ${missing.length} missing key(s), shown in English:\n`);
    for (const problem of missing) process.stderr.write(`  ${formatProblem(problem)}\n`);
  }
  if (translations.errors.length > 0) {
    process.stderr.write(`Invalid translations: ${translations.errors.length} problem(s)\n`);
    for (const problem of translations.errors) process.stderr.write(`  ${formatProblem(problem)}\n`);
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
      `  languages      en${Object.keys(translations.translations)
        .map((lang) => `, ${lang}`)
        .join("")}`,
      "",
    ].join("\n"),
  );
  return 0;
}

process.exitCode = main();
