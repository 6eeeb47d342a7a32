import { join } from "node:path";
import { type Plugin, runnerImport } from "vite";
import type { DatasetFiles } from "../../src/domain/datasetTypes";

/** The module the app imports: `{ ok: true, payload }` with the validated dataset (see `PrevalidatedDataset`). */
export const DATASET_MODULE = "virtual:dataset";
/** One module per muscle file, so no chunk of data grows past Vite's size warning. */
const PART_PREFIX = "virtual:dataset-muscles:";
/** The module that loads a language's validated translation on demand: `{ es: () => import(...), ... }`. */
export const TRANSLATIONS_MODULE = "virtual:dataset-translations";
/** One module per language, loaded only when that language is chosen. */
const TRANSLATION_PREFIX = "virtual:dataset-translation:";

/** Options of `datasetPlugin`. */
export interface DatasetPluginOptions {
  /** Reads the dataset files (default: every file under `data/`); tests pass a broken dataset. */
  readFiles?: () => DatasetFiles;
}

type Validator = typeof import("./validateForBuild");

const repoRoot = join(import.meta.dirname, "..", "..");
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/**
 * Validates `data/` when the app is built (and on every change in dev) and gives the app the
 * validated data as `virtual:dataset`, so the browser never validates it again. A production
 * build fails on invalid data, naming each file, JSON path and problem; the dev server instead
 * serves the problems, which the app shows on its error screen. The validator is loaded through
 * Vite's module runner, so the config itself imports no TypeScript of the app.
 */
export function datasetPlugin(options: DatasetPluginOptions = {}): Plugin {
  let command: "build" | "serve" = "build";
  let validator: Promise<Validator> | undefined;
  let last: { key: string; files: DatasetFiles; result: ReturnType<Validator["validateForBuild"]> } | undefined;

  const validate = async () => {
    validator ??= runnerImport<Validator>(join(import.meta.dirname, "validateForBuild.ts")).then((r) => r.module);
    const { readFiles, validateForBuild } = await validator;
    const files = (options.readFiles ?? readFiles)();
    const key = JSON.stringify(files);
    if (last?.key !== key) last = { key, files, result: validateForBuild(files) };
    return last;
  };

  return {
    name: "trigger-point-dataset",
    configResolved(config) {
      command = config.command;
    },
    resolveId: {
      filter: { id: /^virtual:dataset/ },
      handler(id) {
        const known = id === DATASET_MODULE || id === TRANSLATIONS_MODULE || id.startsWith(PART_PREFIX);
        return known || id.startsWith(TRANSLATION_PREFIX) ? `\0${id}` : undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:dataset/ },
      async handler(id) {
        const { files, result } = await validate();
        const all = [files.landmarks, files.regions, files.sources, files.conditions, files.safety, ...files.muscles];
        const translated = (files.translations ?? []).flatMap((t) =>
          [t.muscles, t.regions, t.conditions, t.safety, t.landmarks].filter((f) => f !== undefined),
        );
        for (const file of [...all, ...translated]) this.addWatchFile(join(repoRoot, file.file));
        if (!result.ok) {
          if (command === "build") this.error(result.message);
          if (id === `\0${TRANSLATIONS_MODULE}`) return "export default {};\n";
          return jsonModule({ ok: false, problems: result.problems });
        }
        if (id === `\0${TRANSLATIONS_MODULE}`) {
          const loaders = Object.keys(result.translations).map(
            (lang) => `${JSON.stringify(lang)}: () => import(${JSON.stringify(TRANSLATION_PREFIX + lang)})`,
          );
          return `export default { ${loaders.join(", ")} };\n`;
        }
        if (id.startsWith(`\0${TRANSLATION_PREFIX}`)) {
          return jsonModule(result.translations[id.slice(`\0${TRANSLATION_PREFIX}`.length)] ?? null);
        }
        const { muscles, ...rest } = result.payload;
        if (id.startsWith(`\0${PART_PREFIX}`)) {
          const file = `${id.slice(`\0${PART_PREFIX}`.length)}.json`;
          return jsonModule(muscles.filter((m) => m.file === file));
        }
        const muscleFiles = [...new Set(muscles.map((m) => m.file.replace(/\.json$/, "")))];
        return [
          ...muscleFiles.map((file, i) => `import muscles${i} from ${JSON.stringify(PART_PREFIX + file)};`),
          `const rest = JSON.parse(${JSON.stringify(JSON.stringify(rest))});`,
          `const muscles = [${muscleFiles.map((_, i) => `...muscles${i}`).join(", ")}];`,
          "export default { ok: true, payload: { ...rest, muscles } };",
          "",
        ].join("\n");
      },
    },
  };
}
