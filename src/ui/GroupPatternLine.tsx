import type { GroupPattern } from "../domain/schema/muscleSchema";
import { useDataset } from "../state/datasetContext";

/** One line saying that the manual charts this pattern once for a group of muscles, naming the others. */
export function GroupPatternLine({ muscleId, group }: { muscleId: string; group: GroupPattern }) {
  const dataset = useDataset();
  const others = group.muscles
    .filter((id) => id !== muscleId)
    .map((id) => dataset.muscleById.get(id)?.name ?? id)
    .join(", ");
  return (
    <p className="group-pattern">
      <strong>Shared pattern</strong> with {others}: {group.note}
    </p>
  );
}
