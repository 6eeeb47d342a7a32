import { Vector3 } from "three";
import type { Dataset } from "../domain/datasetTypes";
import { compileReferral } from "../domain/referral/compileReferral";
import { instancesOf } from "../domain/referral/muscleInstances";
import { emptySample, zoneField } from "../domain/referral/zoneField";
import type { Selection } from "../state/selectionTypes";
import type { BodyModel, MusclePart } from "./bodyModel";
import type { CameraGoal } from "./cameraTargets";
import { fitGoal } from "./fitGoal";
import type { CoverIndex } from "./muscleCover";
import { isSelectedPart } from "./muscleLook";
import type { SkinProbe } from "./skinProbe";

/** What the shots need to know about the body. */
export interface ShotContext {
  /** The loaded body. */
  model: BodyModel;
  /** The dataset (referral zones of the selected muscle). */
  dataset: Dataset;
  /** Where each muscle lies (the side its trigger points face). */
  cover: CoverIndex;
  /** Sight lines over the skin (other body parts in the way), or null without a skin. */
  probe: SkinProbe | null;
  /** Width / height of the view. */
  aspect: number;
  /** Direction from the target to the camera now (a tie-breaker: the camera turns no more than it must). */
  current: Vector3;
}

/** `count` directions around the body at height `y` (0.12: slightly from above), starting from the front. */
const around = (count: number, y = 0.12) =>
  Array.from({ length: count }, (_, i) => {
    const a = (i / count) * Math.PI * 2;
    return new Vector3(Math.sin(a), y, Math.cos(a)).normalize();
  });

/**
 * Sixteen directions around the body for muscles, four from well above (patterns on the top of
 * the head or shoulder) and four from a little below (the sole); regions are shown from the four
 * preset sides, as people name them.
 */
const DIRECTIONS = { muscle: [...around(16), ...around(4, 1.6), ...around(4, -0.7)], region: around(4) };

/** Points a shot scores directions by: where they are and which way their surface faces. */
export interface Facet {
  /** Where it is, body frame. */
  point: Vector3;
  /** Which way its surface faces. */
  normal: Vector3;
}

const every = <T>(items: readonly T[], most: number) =>
  items.filter((_, i) => i % Math.max(1, Math.ceil(items.length / most)) === 0);

/** Fraction of facets seen from a direction: facing it, with no other body part in front. */
function seen(facets: readonly Facet[], direction: Vector3, probe: SkinProbe | null): number {
  if (facets.length === 0) return 0;
  let count = 0;
  for (const { point, normal } of facets) {
    if (normal.dot(direction) > 0.25 && !probe?.blocked(point, direction)) count += 1;
  }
  return count / facets.length;
}

/** The direction that shows the most of `main` (and of `extra`, weighted), turning little from the camera. */
function bestDirection(
  main: readonly Facet[],
  extra: readonly Facet[],
  extraWeight: number,
  context: ShotContext,
  directions: readonly Vector3[] = DIRECTIONS.muscle,
): Vector3 {
  const sampledMain = every(main, 60);
  let best = directions[0] as Vector3;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const direction of directions) {
    const score =
      seen(sampledMain, direction, context.probe) +
      extraWeight * seen(extra, direction, context.probe) +
      0.08 * direction.dot(context.current);
    if (score > bestScore) {
      bestScore = score;
      best = direction;
    }
  }
  return best;
}

/** The instances a muscle selection frames: the side named, else the body's left one (the pattern mirrors). */
function framedParts(selection: Selection, model: BodyModel): MusclePart[] {
  const parts = [...model.muscles.values()].filter((part) => isSelectedPart(part, selection));
  const left = parts.filter((part) => part.side !== "right");
  return left.length > 0 && !(selection.kind === "muscle" && selection.side) ? left : parts;
}

/** Skin vertices as facets, those for which `keep(vertex)` holds. */
function skinFacets(model: BodyModel, keep: (vertex: number) => boolean): Facet[] {
  const skin = model.skinData;
  if (!skin) return [];
  const facets: Facet[] = [];
  for (let v = 0; v < skin.positions.length / 3; v++) {
    if (!keep(v)) continue;
    facets.push({
      point: new Vector3().fromArray(skin.positions, v * 3),
      normal: new Vector3().fromArray(skin.normals, v * 3),
    });
  }
  return facets;
}

/** The trigger points of the framed instances, facing the side their muscle lies on. */
function triggerFacets(parts: readonly MusclePart[], cover: CoverIndex): Facet[] {
  return parts.flatMap((part) =>
    part.triggerPoints.map((tp) => ({ point: new Vector3(...tp.position), normal: cover.facing(part) })),
  );
}

/** The facets a pattern shot frames: the skin of the essential zone (else the spillover) and the trigger points. */
export interface PatternFacets {
  /** Skin facets of the painted zone. */
  zone: Facet[];
  /** The trigger points of the framed instances. */
  triggers: Facet[];
}

/** What a pattern shot of a muscle selection frames, or null when the muscle or the skin is missing. */
export function patternFacets(selection: Selection, context: ShotContext): PatternFacets | null {
  const { model, dataset } = context;
  const parts = framedParts(selection, model);
  const muscle = dataset.muscleById.get(selection.id);
  const skin = model.skinData;
  if (!muscle || !skin || parts.length === 0) return null;
  const sides = new Set(parts.map((p) => p.side));
  const referrals = instancesOf(muscle)
    .filter((instance) => sides.has(instance.side))
    .map((instance) => compileReferral(instance, dataset));
  const sample = emptySample();
  const painted = (kind: "essential" | "spillover") => (v: number) =>
    referrals.some((referral) => {
      const [x, y, z] = [skin.positions[v * 3] ?? 0, skin.positions[v * 3 + 1] ?? 0, skin.positions[v * 3 + 2] ?? 0];
      zoneField(referral, x, y, z, skin.parts?.[v] ?? -1, sample);
      return sample[kind] >= 0.5;
    });
  let zone = skinFacets(model, painted("essential"));
  if (zone.length === 0) zone = skinFacets(model, painted("spillover"));
  return { zone, triggers: triggerFacets(parts, context.cover) };
}

/**
 * The camera goal that frames pattern facets (of one muscle or several): from the side that shows
 * the most of the zones (the trigger points break ties), with the zones and trigger points on screen.
 */
export function framePatterns(facets: PatternFacets, context: ShotContext): CameraGoal | null {
  const direction = bestDirection(facets.zone, facets.triggers, 0.35, context);
  const points = [...every(facets.zone, 400).map((f) => f.point), ...facets.triggers.map((f) => f.point)];
  return points.length ? fitGoal(points, direction, context.aspect) : null;
}

/**
 * The referral pattern on the skin: its essential zone and the trigger points both on screen,
 * from the side that shows the most of the essential zone (the trigger points break ties).
 */
export function patternShot(selection: Selection, context: ShotContext): CameraGoal | null {
  const facets = patternFacets(selection, context);
  return facets ? framePatterns(facets, context) : null;
}

/** The muscle itself (skin off): from the side it lies on, with its trigger points. */
export function muscleShot(selection: Selection, context: ShotContext): CameraGoal | null {
  const parts = framedParts(selection, context.model);
  if (parts.length === 0) return null;
  const facing = parts.reduce((sum, part) => sum.add(context.cover.facing(part)), new Vector3());
  facing.y = Math.min(0.6, Math.max(-0.35, facing.y / parts.length));
  if (facing.x * facing.x + facing.z * facing.z < 0.01) facing.add(context.current.clone().setY(0).multiplyScalar(0.3));
  const points = parts.flatMap((part) => {
    const position = part.mesh.geometry.getAttribute("position");
    const step = Math.max(1, Math.floor(position.count / 120));
    const out: Vector3[] = [];
    for (let i = 0; i < position.count; i += step)
      out.push(new Vector3().fromBufferAttribute(position, i).applyMatrix4(part.mesh.matrixWorld));
    return [...out, ...part.triggerPoints.map((tp) => new Vector3(...tp.position))];
  });
  return fitGoal(points, facing.normalize(), context.aspect, 0.7);
}

/** A region, or a condition's regions: their skin, from the side that shows most of it. */
export function regionShot(regionIds: readonly string[], context: ShotContext): CameraGoal | null {
  const skin = context.model.skinData;
  if (!skin?.regions || regionIds.length === 0) return null;
  const wanted = new Set(regionIds.map((id) => skin.regionIds.indexOf(id)));
  const area = skinFacets(context.model, (v) => wanted.has(skin.regions?.[v] ?? -1));
  if (area.length === 0) return null;
  const direction = bestDirection(area, [], 0, context, DIRECTIONS.region);
  return fitGoal(
    every(area, 500).map((f) => f.point),
    direction,
    context.aspect,
    0.8,
  );
}
