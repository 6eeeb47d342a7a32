import { createContext, useContext } from "react";
import type { Dataset } from "../domain/datasetTypes";

/** Provides the validated dataset to the scene and the UI. */
export const DatasetContext = createContext<Dataset | null>(null);

/** The dataset; throws when used outside `DatasetContext.Provider`. */
export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error("useDataset needs a DatasetContext.Provider above it");
  return dataset;
}
