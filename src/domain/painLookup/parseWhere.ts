import type { Dataset } from "../datasetTypes";
import { mirrorX } from "../geometry/vec3";
import type { Vec3 } from "../schema/primitives";

/** A place on the body given as a surface landmark with side (`temple.left`) or as `x,y,z` metres. */
export type WhereResult = { ok: true; point: Vec3; label: string } | { ok: false; error: string };

/** Parses a place: `<surface-landmark>.<left|right>` (midline landmarks need no side) or `x,y,z` in the body frame. */
export function parseWhere(where: string, dataset: Dataset): WhereResult {
  const parts = where.split(",").map((part) => part.trim());
  const numbers = parts.map(Number);
  if (parts.length === 3 && parts.every((part) => part !== "") && numbers.every(Number.isFinite)) {
    return { ok: true, point: numbers as Vec3, label: `(${numbers.join(", ")})` };
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
    label: side ? `${landmark.name} (${side})` : landmark.name,
  };
}
