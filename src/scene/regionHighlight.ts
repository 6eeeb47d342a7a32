import type { Dataset } from "../domain/datasetTypes";
import type { Selection } from "../state/selectionTypes";
import type { SkinData } from "./skinData";

/** How far in from a highlighted area's edge the outline reaches, metres. */
const OUTLINE = 0.009;

/** The regions a selection highlights on the skin: the selected region, or the regions a condition is felt in. */
export function highlightedRegions(dataset: Dataset, selection: Selection | null): string[] {
  if (selection?.kind === "region") return [selection.id];
  if (selection?.kind === "condition") return dataset.conditionById.get(selection.id)?.regions ?? [];
  return [];
}

/**
 * Writes per skin vertex (inside, outline) into `out`: inside is 1 on the highlighted regions' skin,
 * outline 1 on their skin within `OUTLINE` of the edge, so the shader can tint the area and ring it.
 */
export function paintRegionHighlight(skin: SkinData, regionIds: readonly string[], out: Float32Array): void {
  out.fill(0);
  const { regions, positions, grid } = skin;
  if (!regions || regionIds.length === 0) return;
  const wanted = new Set(regionIds.map((id) => skin.regionIds.indexOf(id)).filter((i) => i >= 0));
  const inside = (i: number) => wanted.has(regions[i] ?? -1);
  for (let i = 0; i < regions.length; i++) {
    if (!inside(i)) continue;
    out[i * 2] = 1;
    let edge = false;
    grid.near(positions[i * 3] ?? 0, positions[i * 3 + 1] ?? 0, positions[i * 3 + 2] ?? 0, OUTLINE, (j) => {
      if (!edge && !inside(j)) edge = true;
    });
    if (edge) out[i * 2 + 1] = 1;
  }
}
