import type { GroupPattern } from "../domain/schema/muscleSchema";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { LocalText } from "./LocalText";

/** One line saying that the manual charts this pattern once for a group of muscles, naming the others. */
export function GroupPatternLine({ muscleId, group }: { muscleId: string; group: GroupPattern }) {
  const { t } = useText();
  const dataset = useDataset();
  const others = group.muscles
    .filter((id) => id !== muscleId)
    .map((id) => dataset.muscleById.get(id)?.name ?? id)
    .join(", ");
  return (
    <p className="group-pattern">
      <strong>{t("muscle.sharedPattern")}</strong> {t("muscle.sharedWith", { others })} <LocalText text={group.note} />
    </p>
  );
}
