import { useDataset } from "../state/datasetContext";
import type { Side } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

/** A button naming a muscle (and side); pressing it selects the muscle. */
export function MuscleButton({ id, note, side, detail }: { id: string; note?: string; side?: Side; detail?: string }) {
  const dataset = useDataset();
  const select = useAppStore((s) => s.select);
  const muscle = dataset.muscleById.get(id);
  if (!muscle) return null;
  return (
    <button
      type="button"
      className="list-button"
      onClick={() => select(side ? { kind: "muscle", id, side } : { kind: "muscle", id })}
    >
      <span>
        {muscle.name}
        {side && <span className="side"> ({side})</span>}
        {detail && <span className="detail"> · {detail}</span>}
      </span>
      {note && <span className={`tag tag-${note}`}>{note}</span>}
    </button>
  );
}
