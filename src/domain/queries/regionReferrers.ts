import { createRegionRule, type RegionRule } from "../bodyParts/regionRule";
import type { Dataset } from "../datasetTypes";
import { type CompiledZone, compileReferral } from "../referral/compileReferral";
import { instancesOf } from "../referral/muscleInstances";
import type { Vec3 } from "../schema/primitives";
import type { ZoneKind } from "../schema/zoneSchema";

/** A muscle that refers pain into a region, and how. */
export interface RegionReferrer {
  /** Muscle id. */
  muscleId: string;
  /** Essential when an essential zone reaches the region, else spillover. */
  kind: ZoneKind;
}

const prevalenceRank = { "very-common": 0, common: 1, occasional: 2 } as const;

/** Points spread through a zone (centre, axis points, path samples) to find the regions it reaches. */
function zoneSamples(zone: CompiledZone): Vec3[] {
  const e = zone.ellipsoid;
  if (e) {
    const [cx, cy, cz] = e.center;
    const [rx, ry, rz] = e.radii.map((r) => r * 0.7) as Vec3;
    return [
      e.center,
      [cx + rx, cy, cz],
      [cx - rx, cy, cz],
      [cx, cy + ry, cz],
      [cx, cy - ry, cz],
      [cx, cy, cz + rz],
      [cx, cy, cz - rz],
    ];
  }
  const samples: Vec3[] = [];
  for (let i = 0; i + 1 < zone.path.length; i++) {
    const a = zone.path[i] as Vec3;
    const b = zone.path[i + 1] as Vec3;
    for (let t = 0; t <= 1; t += 0.25)
      samples.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
  }
  return samples;
}

/**
 * The regions each zone kind of a muscle reaches (left instance; the right one mirrors it): the
 * regions of points spread through each zone, by the skin's region rule limited to the body parts
 * the zone reaches (so a trunk zone never lands in an arm region).
 */
export function regionsReached(dataset: Dataset, muscleId: string, rule: RegionRule): Map<string, ZoneKind> {
  const muscle = dataset.muscleById.get(muscleId);
  const reached = new Map<string, ZoneKind>();
  const instance = muscle ? instancesOf(muscle)[0] : undefined;
  if (!instance) return reached;
  for (const zone of compileReferral(instance, dataset).zones) {
    for (const [x, y, z] of zoneSamples(zone)) {
      const region = rule.regionIds[rule.regionIndexInMask(x, y, z, zone.parts)];
      if (region && reached.get(region) !== "essential") reached.set(region, zone.kind);
    }
  }
  return reached;
}

const cache = new WeakMap<Dataset, Map<string, RegionReferrer[]>>();

/** Every region's referrers, computed once per dataset (each muscle's zones are located once). */
function referrerIndex(dataset: Dataset): Map<string, RegionReferrer[]> {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const rule = createRegionRule(dataset.regions, dataset.landmarkById);
  const index = new Map<string, RegionReferrer[]>(dataset.regions.map((r) => [r.id, []]));
  for (const muscle of dataset.muscles) {
    for (const [regionId, kind] of regionsReached(dataset, muscle.id, rule)) {
      index.get(regionId)?.push({ muscleId: muscle.id, kind });
    }
  }
  const rank = (r: RegionReferrer) => {
    const muscle = dataset.muscleById.get(r.muscleId);
    return (r.kind === "essential" ? 0 : 10) + (muscle ? prevalenceRank[muscle.prevalence] : 3);
  };
  const name = (r: RegionReferrer) => dataset.muscleById.get(r.muscleId)?.name ?? "";
  for (const list of index.values()) list.sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b)));
  cache.set(dataset, index);
  return index;
}

/**
 * Muscles that refer pain into a region, ranked as trigger-point references list them:
 * essential before spillover, then the more common sources first, then by name.
 */
export function regionReferrers(dataset: Dataset, regionId: string): RegionReferrer[] {
  return referrerIndex(dataset).get(regionId) ?? [];
}
