import { createContext, useContext } from "react";
import type { Dataset } from "../domain/datasetTypes";

/** Provides the validated dataset (in the chosen language, for the panels) to the scene and the UI. */
export const DatasetContext = createContext<Dataset | null>(null);

/** The dataset; throws when used outside `DatasetContext.Provider`. */
export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error("useDataset needs a DatasetContext.Provider above it");
  return dataset;
}

/** What the panels need besides the translated dataset. */
export interface Localization {
  /** The language of the dataset's text, e.g. `es`. */
  lang: string;
  /** The dataset as written, in English (search also finds English names). */
  english: Dataset;
  /** Texts shown in English because their translation is missing: the UI marks them. */
  untranslated: ReadonlySet<string>;
}

/** Provides the localization of the dataset; without it the dataset is English and nothing is marked. */
export const LocalizationContext = createContext<Localization | null>(null);

const nothingUntranslated: ReadonlySet<string> = new Set();

/** The localization of the dataset in use. */
export function useLocalization(): Localization {
  const dataset = useDataset();
  return useContext(LocalizationContext) ?? { lang: "en", english: dataset, untranslated: nothingUntranslated };
}
