import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { LocalText } from "./LocalText";

/** A chip naming a condition; pressing it selects the condition. */
export function ConditionButton({ id }: { id: string }) {
  const dataset = useDataset();
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selection?.kind === "condition" && s.selection.id === id);
  const condition = dataset.conditionById.get(id);
  if (!condition) return null;
  return (
    <button type="button" className="chip" aria-pressed={selected} onClick={() => select({ kind: "condition", id })}>
      <LocalText text={condition.name} />
    </button>
  );
}
