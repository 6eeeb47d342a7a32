import type { Dataset } from "./datasetTypes";

/** Counts and ids printed by `npm run validate-data -- --json`. */
export interface DatasetSummary {
  /** Muscle ids. */
  muscles: string[];
  /** Region ids. */
  regions: string[];
  /** Landmark ids. */
  landmarks: string[];
  /** Condition ids. */
  conditions: string[];
  /** Number of trigger points over all muscles. */
  triggerPoints: number;
  /** Number of referral zones over all muscles. */
  zones: number;
}

/** Summarises the dataset. */
export function datasetSummary(dataset: Dataset): DatasetSummary {
  return {
    muscles: dataset.muscles.map((m) => m.id),
    regions: dataset.regions.map((r) => r.id),
    landmarks: dataset.landmarks.map((l) => l.id),
    conditions: dataset.conditions.map((c) => c.id),
    triggerPoints: dataset.muscles.reduce((n, m) => n + m.triggerPoints.length, 0),
    zones: dataset.muscles.reduce((n, m) => n + m.referral.zones.length, 0),
  };
}
