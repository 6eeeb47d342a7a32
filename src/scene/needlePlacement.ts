import { Vector3 } from "three";
import type { Dataset } from "../domain/datasetTypes";
import type { Selection } from "../state/selectionTypes";
import type { BodyModel, MusclePart } from "./bodyModel";
import type { CoverIndex } from "./muscleCover";
import { isSelectedPart } from "./muscleLook";

/** Where a needle may go for a muscle: through the skin into one of its trigger points. */
export interface NeedlePlacement {
  /** The trigger point's id. */
  triggerPointId: string;
  /** The trigger point, where the needle's tip rests (body frame). */
  tip: Vector3;
  /** Where the needle passes through the skin. */
  entry: Vector3;
  /** The skin's outward normal at the entry. */
  normal: Vector3;
  /** Unit direction from the tip out through the entry: the needle's axis, pointing to its handle. */
  axis: Vector3;
}

/** How far around the trigger point the entry is looked for on the side the muscle lies on, metres. */
const SEARCH_RADIUS = 0.1;

/** The instance shown: the side named, else the body's left one (or the midline one). */
function shownPart(selection: Selection, model: BodyModel): MusclePart | undefined {
  const parts = [...model.muscles.values()].filter((part) => isSelectedPart(part, selection));
  const side = selection.kind === "muscle" && selection.side ? selection.side : "left";
  return parts.find((part) => part.side === side) ?? parts[0];
}

/**
 * The needle for a selected muscle: at the trigger point asked for (or its first), entering the
 * skin at the nearest point that faces the side the muscle lies on (the nearest skin at all when
 * none does). Null without a muscle selection, a skin, or trigger points on the model.
 */
export function needlePlacement(
  model: BodyModel,
  dataset: Dataset,
  cover: CoverIndex,
  selection: Selection | null,
  triggerPointId: string | null,
): NeedlePlacement | null {
  const skin = model.skinData;
  if (!skin || selection?.kind !== "muscle") return null;
  const part = shownPart(selection, model);
  const muscle = dataset.muscleById.get(selection.id);
  if (!part || !muscle) return null;
  const wanted = muscle.triggerPoints.find((tp) => tp.id === triggerPointId) ?? muscle.triggerPoints[0];
  const point = part.triggerPoints.find((tp) => tp.id === wanted?.id) ?? part.triggerPoints[0];
  if (!point) return null;
  const tip = new Vector3(...point.position);
  const facing = cover.facing(part);
  const normal = new Vector3();
  let nearest = { vertex: -1, distance: Number.POSITIVE_INFINITY };
  let facingNearest = { vertex: -1, distance: Number.POSITIVE_INFINITY };
  const p = new Vector3();
  for (let v = 0; v < skin.positions.length / 3; v++) {
    const distance = p.fromArray(skin.positions, v * 3).distanceTo(tip);
    if (distance < nearest.distance) nearest = { vertex: v, distance };
    if (distance < facingNearest.distance && distance < SEARCH_RADIUS) {
      if (normal.fromArray(skin.normals, v * 3).dot(facing) > 0.3) facingNearest = { vertex: v, distance };
    }
  }
  const vertex = facingNearest.vertex >= 0 ? facingNearest.vertex : nearest.vertex;
  if (vertex < 0) return null;
  const entry = new Vector3().fromArray(skin.positions, vertex * 3);
  normal.fromArray(skin.normals, vertex * 3).normalize();
  const axis = entry.clone().sub(tip);
  if (axis.length() < 0.005 || axis.clone().normalize().dot(normal) < 0.2) axis.copy(normal);
  return { triggerPointId: point.id, tip, entry, normal, axis: axis.normalize() };
}
