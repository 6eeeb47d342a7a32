declare module "virtual:dataset" {
  import type { PrevalidatedDataset } from "../domain/datasetPayload";

  /** The dataset validated at build time by `scripts/vite/datasetPlugin.ts`. */
  const dataset: PrevalidatedDataset;
  export default dataset;
}
