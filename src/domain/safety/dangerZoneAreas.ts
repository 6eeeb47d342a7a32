import { ANY_PART, type SkinPartCode } from "../bodyParts/bodyParts";
import type { Dataset } from "../datasetTypes";
import { type CompiledZone, compileZone, zoneWeightAt } from "../referral/compileReferral";
import type { DangerShape, DangerZone } from "../schema/safetySchema";

/** A danger zone whose outline is drawn, resolved into the body frame on both sides. */
export interface CompiledDangerZone {
  /** The zone as written in `data/safety.json`. */
  zone: DangerZone;
  /** Its shapes on the left side, then mirrored onto the right. */
  shapes: CompiledZone[];
}

const asZone = (shape: DangerShape) => ({ ...shape, kind: "essential" as const, side: "same" as const });

/** Resolves the outline of one danger zone onto both sides of the body, or null when it has none. */
export function compileDangerZone(zone: DangerZone, dataset: Dataset): CompiledDangerZone | null {
  const shapes = zone.surface?.shapes;
  if (!shapes) return null;
  return {
    zone,
    shapes: [true, false].flatMap((left) =>
      shapes.map((shape, index) => compileZone(asZone(shape), index, dataset, !left)),
    ),
  };
}

/**
 * The danger zones to draw: a muscle's own (the zones that list it) when `muscleId` is given,
 * else every zone with an outline. Zones without an outline are left out (see `dangerZonesOf`).
 */
export function drawnDangerZones(dataset: Dataset, muscleId?: string): CompiledDangerZone[] {
  return dangerZonesOf(dataset, muscleId)
    .map((zone) => compileDangerZone(zone, dataset))
    .filter((zone): zone is CompiledDangerZone => zone !== null);
}

/** The danger zones of a muscle (those that list it), or all of them without one, in `safety.json` order. */
export function dangerZonesOf(dataset: Dataset, muscleId?: string): DangerZone[] {
  const zones = dataset.safety.dangerZones;
  return muscleId === undefined ? zones : zones.filter((zone) => zone.muscles.includes(muscleId));
}

/**
 * How strongly a point on skin part `part` lies in a danger zone's outline: 0..1, 0.5 on its edge
 * (the same weight as referral zones, so the drawn edge is where it crosses 0.5).
 */
export function dangerWeight(
  zone: CompiledDangerZone,
  x: number,
  y: number,
  z: number,
  part: SkinPartCode = ANY_PART,
): number {
  let best = 0;
  for (const shape of zone.shapes) {
    const weight = zoneWeightAt(shape, x, y, z, part);
    if (weight > best) best = weight;
  }
  return best;
}
