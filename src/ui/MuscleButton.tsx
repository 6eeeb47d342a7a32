import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** A button naming a muscle; pressing it selects the muscle. */
export function MuscleButton({ id, note }: { id: string; note?: string }) {
  const dataset = useDataset();
  const select = useAppStore((s) => s.select);
  const muscle = dataset.muscleById.get(id);
  if (!muscle) return null;
  return (
    <button type="button" className="list-button" onClick={() => select({ kind: "muscle", id })}>
      <span>{muscle.name}</span>
      {note && <span className={`tag tag-${note}`}>{note}</span>}
    </button>
  );
}
