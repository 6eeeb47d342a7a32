import type { Condition } from "../domain/schema/conditionSchema";
import { useText } from "../i18n/useText";
import { ConditionButton } from "./ConditionButton";

/** A titled row of condition chips; renders nothing when there are none. */
export function RelatedConditions({ conditions }: { conditions: readonly Condition[] }) {
  const { t } = useText();
  if (conditions.length === 0) return null;
  return (
    <section>
      <h2>{t("common.relatedConditions")}</h2>
      <ul className="chip-list">
        {conditions.map((c) => (
          <li key={c.id}>
            <ConditionButton id={c.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
