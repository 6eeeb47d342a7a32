import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { ConditionButton } from "./ConditionButton";

/** Every condition as a chip: choosing one highlights its muscles. */
export function ConditionList() {
  const { t } = useText();
  const dataset = useDataset();
  return (
    <nav aria-label={t("start.conditions")}>
      <h2>{t("start.conditions")}</h2>
      <ul className="chip-list">
        {dataset.conditions.map((condition) => (
          <li key={condition.id}>
            <ConditionButton id={condition.id} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
