import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { LocalText } from "./LocalText";
import { MuscleButton } from "./MuscleButton";
import { PossibleSourcesNote } from "./PossibleSourcesNote";
import { PresentButton } from "./presentation/PresentButton";
import { TextList } from "./TextList";

/** A condition: what it is, red flags first, then the muscles commonly involved (highlighted on the model). */
export function ConditionPanel({ id }: { id: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const condition = dataset.conditionById.get(id);
  if (!condition) return null;
  return (
    <>
      <p className="lead">
        <LocalText text={condition.summary} />
      </p>
      <PresentButton source={{ kind: "condition", id }} />
      <section className="red-flags" aria-labelledby="red-flags-heading">
        <h2 id="red-flags-heading">{t("common.seeADoctorFirst")}</h2>
        <ul className="text-list">
          {condition.redFlags.map((flag) => (
            <li key={flag}>
              <LocalText text={flag} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="condition-muscles-heading">
        <h2 id="condition-muscles-heading">{t("condition.muscles")}</h2>
        <PossibleSourcesNote />
        <ol className="button-list">
          {condition.muscles.map((m) => (
            <li key={m}>
              <MuscleButton id={m} />
            </li>
          ))}
        </ol>
      </section>
      <TextList title={t("common.selfCare")} items={condition.selfCare} />
    </>
  );
}
