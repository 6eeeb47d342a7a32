declare module "virtual:dataset" {
  import type { PrevalidatedDataset } from "../domain/datasetPayload";

  /** The dataset validated at build time by `scripts/vite/datasetPlugin.ts`. */
  const dataset: PrevalidatedDataset;
  export default dataset;
}

declare module "virtual:dataset-translations" {
  import type { Translation } from "../domain/i18n/translationSchema";

  /** Loads a language's translation, validated at build time (one chunk per language under `data/i18n/`). */
  const loaders: Record<string, () => Promise<{ default: Translation | null }>>;
  export default loaders;
}
