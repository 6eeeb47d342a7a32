import type { Dataset } from "../domain/datasetTypes";
import { useUrlSync } from "../state/useUrlSync";

/** Keeps the URL in step with the store (renders nothing). */
export function UrlSync({ dataset }: { dataset: Dataset }) {
  useUrlSync(dataset);
  return null;
}
