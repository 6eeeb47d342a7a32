import type { Dataset } from "./datasetTypes";

/** The validated dataset as plain JSON (no lookup maps): what the build writes into the app. */
export type DatasetPayload = Omit<
  Dataset,
  "landmarkById" | "regionById" | "muscleById" | "muscleIdByFormerId" | "conditionById"
>;

/** What the build hands the app: the validated dataset, or (dev server only) the problems that stop it. */
export type PrevalidatedDataset =
  | {
      /** The data passed validation at build time. */
      ok: true;
      /** The validated data. */
      payload: DatasetPayload;
    }
  | {
      /** The data failed validation; a production build stops instead of shipping this. */
      ok: false;
      /** Every problem as `file: path: message`. */
      problems: string[];
    };

/** Drops the lookup maps, leaving what survives `JSON.stringify`. */
export function toDatasetPayload(dataset: Dataset): DatasetPayload {
  const {
    landmarkById: _l,
    regionById: _r,
    muscleById: _m,
    muscleIdByFormerId: _f,
    conditionById: _c,
    ...payload
  } = dataset;
  return payload;
}

/** Adds the lookup maps to already-validated data (cheap: no validation, no hashing). */
export function hydrateDataset(payload: DatasetPayload): Dataset {
  return {
    ...payload,
    landmarkById: new Map(payload.landmarks.map((l) => [l.id, l])),
    regionById: new Map(payload.regions.map((r) => [r.id, r])),
    muscleById: new Map(payload.muscles.map((m) => [m.id, m])),
    muscleIdByFormerId: new Map(payload.muscles.flatMap((m) => m.formerIds.map((former) => [former, m.id] as const))),
    conditionById: new Map(payload.conditions.map((c) => [c.id, c])),
  };
}
