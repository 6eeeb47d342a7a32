import { parseInstanceKey } from "../domain/referral/muscleInstances";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** Names what the pointer is over in the 3D view. */
export function HoverLabel() {
  const dataset = useDataset();
  const hover = useAppStore((s) => s.hover);
  if (!hover) return null;
  let text: string | undefined;
  if (hover.kind === "region") text = dataset.regionById.get(hover.id)?.name;
  else {
    const { muscleId, side } = parseInstanceKey(hover.key);
    const name = dataset.muscleById.get(muscleId)?.name;
    text = name && (side === "midline" ? name : `${name} (${side})`);
  }
  if (!text) return null;
  return (
    <div className="hover-label" aria-hidden="true">
      {text}
    </div>
  );
}
