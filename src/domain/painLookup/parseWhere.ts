import { partsOf, type SkinPartCode, skinPartCode } from "../bodyParts/bodyParts";
import type { Dataset } from "../datasetTypes";
import { mirrorX } from "../geometry/vec3";
import type { Landmark } from "../schema/landmarkSchema";
import type { Vec3 } from "../schema/primitives";

/** A place on the body given as a surface landmark with side (`temple.left`) or as `x,y,z` metres. */
export type WhereResult = { ok: true; point: Vec3; part: SkinPartCode; label: string } | { ok: false; error: string };

/** The skin part at a landmark (the first part it lists) on one side. */
function partAt(landmark: Landmark, side: "left" | "right"): SkinPartCode {
  const [part] = partsOf(landmark.part);
  return part ? skinPartCode(part, side) : -1;
}

/** The skin part of a free point: that of the nearest surface landmark (mirrored for x < 0). */
function partNear(point: Vec3, dataset: Dataset): SkinPartCode {
  const side = point[0] < 0 ? "right" : "left";
  const [x, y, z] = side === "right" ? mirrorX(point) : point;
  let best: Landmark | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const landmark of dataset.landmarks) {
    if (landmark.kind !== "surface") continue;
    const [lx, ly, lz] = landmark.position;
    const d = (x - lx) ** 2 + (y - ly) ** 2 + (z - lz) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = landmark;
    }
  }
  return best ? partAt(best, side) : -1;
}

/**
 * Parses a place: `<surface-landmark>.<left|right>` (midline landmarks need no side) or `x,y,z` in
 * the body frame. The place's skin part is the landmark's, or for coordinates that of the nearest
 * surface landmark.
 */
export function parseWhere(where: string, dataset: Dataset): WhereResult {
  const parts = where.split(",").map((part) => part.trim());
  const numbers = parts.map(Number);
  if (parts.length === 3 && parts.every((part) => part !== "") && numbers.every(Number.isFinite)) {
    const point = numbers as Vec3;
    return { ok: true, point, part: partNear(point, dataset), label: `(${numbers.join(", ")})` };
  }
  const match = /^([a-z0-9-]+?)(?:\.(left|right))?$/.exec(where);
  const landmark = match?.[1] ? dataset.landmarkById.get(match[1]) : undefined;
  const surface = dataset.landmarks.filter((l) => l.kind === "surface");
  if (!match || !landmark || landmark.kind !== "surface") {
    const valid = surface.map((l) => (l.position[0] === 0 ? l.id : `${l.id}.left|right`)).join(", ");
    return { ok: false, error: `Unknown place "${where}". Give x,y,z in metres or one of: ${valid}` };
  }
  const [x, y, z] = landmark.position;
  const side = match[2];
  if (!side && x !== 0)
    return { ok: false, error: `"${landmark.id}" is on both sides: say ${landmark.id}.left or ${landmark.id}.right` };
  return {
    ok: true,
    point: side === "right" ? mirrorX(landmark.position) : [x, y, z],
    part: partAt(landmark, side === "right" ? "right" : "left"),
    label: side ? `${landmark.name} (${side})` : landmark.name,
  };
}
