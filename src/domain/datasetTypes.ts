import type { TranslationFiles } from "./i18n/translationFiles";
import type { Condition } from "./schema/conditionSchema";
import type { Landmark } from "./schema/landmarkSchema";
import type { Muscle } from "./schema/muscleSchema";
import type { Region } from "./schema/regionSchema";
import type { Safety } from "./schema/safetySchema";
import type { Source } from "./schema/sourceSchema";

/** One JSON file of the dataset as read from disk or bundled: its path and parsed content. */
export interface DataFile {
  /** Path relative to the repository, e.g. `data/muscles/neck.json`; used in error messages. */
  file: string;
  /** Parsed JSON content, not yet validated. */
  json: unknown;
}

/** Every file of the dataset, unvalidated. */
export interface DatasetFiles {
  /** `data/landmarks.json`. */
  landmarks: DataFile;
  /** `data/regions.json`. */
  regions: DataFile;
  /** `data/sources.json`. */
  sources: DataFile;
  /** `data/conditions.json`. */
  conditions: DataFile;
  /** `data/safety.json`. */
  safety: DataFile;
  /** `data/muscles/*.json`. */
  muscles: DataFile[];
  /** `data/i18n/<lang>/*.json`, one entry per language folder (none: English only). */
  translations?: TranslationFiles[];
}

/** A region with the muscles located in it (derived from each muscle's `regions`). */
export interface RegionWithMuscles extends Region {
  /** Ids of the muscles that list this region, in dataset order. */
  muscles: string[];
}

/** A muscle and the file it came from. */
export interface MuscleEntry extends Muscle {
  /** The data file that holds this muscle, e.g. `data/muscles/neck.json`. */
  file: string;
  /** Index of the muscle in its file's `muscles` array. */
  index: number;
}

/** The validated dataset with lookups by id. */
export interface Dataset {
  /** A hash of every input file: changes whenever the data changes. */
  version: string;
  /** Landmarks in file order. */
  landmarks: Landmark[];
  /** Regions in file order, each with its muscles. */
  regions: RegionWithMuscles[];
  /** Muscles in file order. */
  muscles: MuscleEntry[];
  /** Conditions in file order. */
  conditions: Condition[];
  /** Sources in file order. */
  sources: Source[];
  /** Patient and practitioner safety information. */
  safety: Safety;
  /** Landmark by id. */
  landmarkById: ReadonlyMap<string, Landmark>;
  /** Region by id. */
  regionById: ReadonlyMap<string, RegionWithMuscles>;
  /** Muscle by id. */
  muscleById: ReadonlyMap<string, MuscleEntry>;
  /** Current muscle id by a former id (`formerIds`), so old links keep working. */
  muscleIdByFormerId: ReadonlyMap<string, string>;
  /** Condition by id. */
  conditionById: ReadonlyMap<string, Condition>;
}
