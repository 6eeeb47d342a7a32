import {
  ALL_PARTS_MASK,
  ANY_PART,
  type BodyPart,
  partsOf,
  pointMask,
  reachMask,
  type SkinPartCode,
} from "../bodyParts/bodyParts";
import type { Dataset } from "../datasetTypes";
import { resolveLandmarkRef } from "../geometry/resolveLandmarkRef";
import { mirrorX } from "../geometry/vec3";
import type { Vec3 } from "../schema/primitives";
import type { Zone } from "../schema/zoneSchema";
import type { MuscleInstance } from "./muscleInstances";
import { ZONE_REACH, zoneWeight } from "./zoneWeight";

/** A zone resolved into the body frame for one side: an ellipsoid, or capsule segments. */
export interface CompiledZone {
  /** Index of the zone in the muscle's `referral.zones`. */
  index: number;
  /** Essential or spillover. */
  kind: Zone["kind"];
  /** Ellipsoid centre and radii, or null for a capsule. */
  ellipsoid: { center: Vec3; radii: Vec3 } | null;
  /** Capsule path points (empty for an ellipsoid). */
  path: Vec3[];
  /** Capsule radius (0 for an ellipsoid). */
  radius: number;
  /** Bounding sphere of the zone's reach, for quick culling. */
  bound: { center: Vec3; radius: number };
  /**
   * Bit mask of the skin parts the zone may paint: the parts its anchor landmarks lie on, so a
   * zone anchored on the trunk never paints the arm hanging beside it, nor an arm zone the trunk.
   */
  parts: number;
}

/** The referral pattern of one muscle instance, ready to evaluate at points. */
export interface CompiledReferral {
  /** The muscle instance. */
  instance: MuscleInstance;
  /** Its zones in the body frame (a `both`-sided zone appears twice). */
  zones: CompiledZone[];
}

function mirrorIf(p: Vec3, mirror: boolean): Vec3 {
  return mirror ? mirrorX(p) : p;
}

function boundOf(points: Vec3[], reach: number): { center: Vec3; radius: number } {
  const center: Vec3 = [0, 0, 0];
  for (const p of points) for (let k = 0; k < 3; k++) center[k] = (center[k] ?? 0) + (p[k] ?? 0) / points.length;
  const far = Math.max(...points.map((p) => Math.hypot(p[0] - center[0], p[1] - center[1], p[2] - center[2])));
  return { center, radius: far + reach };
}

/** The skin parts a zone reaches, from the parts of the landmarks it is anchored on. */
function zoneParts(zone: Zone, dataset: Dataset, mirror: boolean): number {
  const refs = zone.shape === "ellipsoid" ? [zone.center] : zone.path;
  const parts: BodyPart[] = refs.flatMap((ref) =>
    partsOf(dataset.landmarkById.get(typeof ref === "string" ? ref : ref.at)?.part),
  );
  return parts.length ? reachMask(parts, mirror ? "right" : "left") : ALL_PARTS_MASK;
}

/** Resolves one zone into the body frame (`mirror`: the right side), with the skin parts it may paint. */
export function compileZone(zone: Zone, index: number, dataset: Dataset, mirror: boolean): CompiledZone {
  const parts = zoneParts(zone, dataset, mirror);
  if (zone.shape === "ellipsoid") {
    const center = mirrorIf(resolveLandmarkRef(zone.center, dataset.landmarkById), mirror);
    const radii: Vec3 = [...zone.radii];
    return {
      index,
      kind: zone.kind,
      ellipsoid: { center, radii },
      path: [],
      radius: 0,
      bound: boundOf([center], Math.max(...radii) * ZONE_REACH),
      parts,
    };
  }
  const path = zone.path.map((ref) => mirrorIf(resolveLandmarkRef(ref, dataset.landmarkById), mirror));
  return {
    index,
    kind: zone.kind,
    ellipsoid: null,
    path,
    radius: zone.radius,
    bound: boundOf(path, zone.radius * ZONE_REACH),
    parts,
  };
}

/** Resolves a muscle instance's zones into the body frame (right side mirrored; `both` zones on both sides). */
export function compileReferral(instance: MuscleInstance, dataset: Dataset): CompiledReferral {
  const zones: CompiledZone[] = [];
  const mirrored = instance.side === "right";
  instance.muscle.referral.zones.forEach((zone, index) => {
    zones.push(compileZone(zone, index, dataset, mirrored));
    if (zone.side === "both") zones.push(compileZone(zone, index, dataset, !mirrored));
  });
  return { instance, zones };
}

/** Normalised distance from a point to a compiled zone: below 1 inside, 1 on the edge. */
export function zoneDistance(zone: CompiledZone, x: number, y: number, z: number): number {
  const e = zone.ellipsoid;
  if (e) {
    const dx = (x - e.center[0]) / e.radii[0];
    const dy = (y - e.center[1]) / e.radii[1];
    const dz = (z - e.center[2]) / e.radii[2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < zone.path.length; i++) {
    const a = zone.path[i] as Vec3;
    const b = zone.path[i + 1] as Vec3;
    const abx = b[0] - a[0];
    const aby = b[1] - a[1];
    const abz = b[2] - a[2];
    const lengthSq = abx * abx + aby * aby + abz * abz;
    const t =
      lengthSq > 0 ? Math.min(1, Math.max(0, ((x - a[0]) * abx + (y - a[1]) * aby + (z - a[2]) * abz) / lengthSq)) : 0;
    const dx = x - (a[0] + abx * t);
    const dy = y - (a[1] + aby * t);
    const dz = z - (a[2] + abz * t);
    best = Math.min(best, dx * dx + dy * dy + dz * dz);
  }
  return Math.sqrt(best) / zone.radius;
}

/**
 * The weight of one zone at a point on skin part `part` (0..1, 0.5 on its edge): 0 on parts the
 * zone does not reach, then culled by its bounding sphere. `ANY_PART` skips the part check.
 */
export function zoneWeightAt(
  zone: CompiledZone,
  x: number,
  y: number,
  z: number,
  part: SkinPartCode = ANY_PART,
): number {
  if ((zone.parts & pointMask(part)) === 0) return 0;
  const b = zone.bound;
  const bx = x - b.center[0];
  const by = y - b.center[1];
  const bz = z - b.center[2];
  if (bx * bx + by * by + bz * bz > b.radius * b.radius) return 0;
  return zoneWeight(zoneDistance(zone, x, y, z));
}
