import type { ZoneKind } from "../domain/schema/zoneSchema";
import { useDataset } from "../state/datasetContext";
import type { Side } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

/** A button naming a muscle (and side, and whether it refers essential or spillover pain); it selects the muscle. */
export function MuscleButton({
  id,
  kind,
  side,
  detail,
}: {
  id: string;
  kind?: ZoneKind;
  side?: Side;
  detail?: string;
}) {
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
      {kind && <span className={`tag tag-${kind}`}>{kind}</span>}
    </button>
  );
}
