import { ANY_PART, type SkinPartCode } from "../bodyParts/bodyParts";
import type { Dataset } from "../datasetTypes";
import { type CompiledReferral, compileReferral } from "../referral/compileReferral";
import { type InstanceSide, muscleInstances } from "../referral/muscleInstances";
import { emptySample, fieldKind, zoneField } from "../referral/zoneField";
import type { Vec3 } from "../schema/primitives";
import type { ZoneKind } from "../schema/zoneSchema";

/** A painted spot on the skin: where, and on which skin part (zones count only on the parts they reach). */
export interface PainSpot {
  /** Body frame, metres. */
  position: Vec3;
  /** Skin part code (see `SKIN_PARTS`), or `ANY_PART` when not known. */
  part: SkinPartCode;
}

/** Spots at the given points, all on one skin part (by default an unknown one). */
export function spotsAt(points: readonly Vec3[], part: SkinPartCode = ANY_PART): PainSpot[] {
  return points.map((position) => ({ position, part }));
}

/** Why a muscle ranks: which of its zones covers which pain spot. */
export interface Coverage {
  /** Index of the pain spot. */
  spot: number;
  /** Index of the zone in the muscle's `referral.zones`. */
  zone: number;
  /** Whether that zone is essential or spillover. */
  kind: ZoneKind;
}

/** One ranked possible source of the pain. */
export interface PainSource {
  /** Instance key, e.g. `temporalis.left`. */
  key: string;
  /** Dataset muscle id. */
  muscle: string;
  /** Side of the instance. */
  side: InstanceSide;
  /** Display name. */
  name: string;
  /** essential when any spot lies in an essential zone, else spillover. */
  kind: ZoneKind;
  /** Higher is a better match; see `scoreOf`. */
  score: number;
  /** The zones that cover the spots. */
  coverage: Coverage[];
}

/** Weights of the score: essential coverage counts more than spillover, prevalence breaks ties. */
export const SCORE_WEIGHTS = {
  essential: 1,
  spillover: 0.4,
  prevalence: { "very-common": 0.02, common: 0.01, occasional: 0 },
} as const;

/** Ranks muscle instances by how well their referral zones cover a set of pain spots. */
export interface PainLookup {
  /** Best matches first; `limit` caps the list. */
  rank(spots: readonly PainSpot[], limit?: number): PainSource[];
}

/**
 * Builds the reverse lookup over every muscle instance. It scores with the same zone field that
 * paints the patterns (so a zone counts only on the skin parts it reaches): each spot adds 1 when it lies in an essential zone (weight >= 0.5), 0.4
 * when only in a spillover zone; the sum is divided by the number of spots (so more spots covered
 * rank higher), and the muscle's clinical prevalence adds a small tie-breaker.
 */
export function createPainLookup(dataset: Dataset): PainLookup {
  const referrals: CompiledReferral[] = muscleInstances(dataset).map((instance) => compileReferral(instance, dataset));
  const sample = emptySample();
  return {
    rank(spots, limit = Number.POSITIVE_INFINITY) {
      if (spots.length === 0) return [];
      const results: PainSource[] = [];
      for (const referral of referrals) {
        let sum = 0;
        let coverage: Coverage[] | null = null;
        spots.forEach(({ position: [x, y, z], part }, spot) => {
          zoneField(referral, x, y, z, part, sample);
          const kind = fieldKind(sample);
          if (kind === "none") return;
          sum += SCORE_WEIGHTS[kind];
          coverage ??= [];
          coverage.push({ spot, zone: kind === "essential" ? sample.essentialZone : sample.spilloverZone, kind });
        });
        if (!coverage) continue;
        const { muscle, side, key } = referral.instance;
        const found: Coverage[] = coverage;
        results.push({
          key,
          muscle: muscle.id,
          side,
          name: muscle.name,
          kind: found.some((c) => c.kind === "essential") ? "essential" : "spillover",
          score: sum / spots.length + SCORE_WEIGHTS.prevalence[muscle.prevalence],
          coverage: found,
        });
      }
      return results.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
    },
  };
}
