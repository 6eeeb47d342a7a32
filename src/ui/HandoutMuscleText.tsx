import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { LocalText } from "./LocalText";

/**
 * A muscle handout's text: `about` is the plain summary and where the pain may be felt, `care`
 * the self-care.
 */
export function HandoutMuscleText({ id, part }: { id: string; part: "about" | "care" }) {
  const { t } = useText();
  const muscle = useDataset().muscleById.get(id);
  if (!muscle) return null;
  if (part === "care") {
    return (
      <section className="handout-care">
        <h2>{t("handout.care")}</h2>
        <ul>
          {muscle.selfCare.map((item) => (
            <li key={item}>
              <LocalText text={item} />
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="handout-about">
      <h2>{t("handout.about")}</h2>
      <p>
        <LocalText text={muscle.summary} />
      </p>
      <h2>{t("handout.feel")}</h2>
      <p>
        <LocalText text={muscle.referral.description} />
      </p>
    </section>
  );
}
