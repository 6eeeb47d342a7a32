import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { MuscleAnatomyFacts } from "./MuscleAnatomyFacts";
import { MuscleButton } from "./MuscleButton";
import { TextList } from "./TextList";

/**
 * The students' entry point in a muscle's panel (shown near the top in the student view): the way
 * into study mode (compare this muscle with another, or a quiz on its region), the anatomy to learn, the muscles
 * to learn it with and the differentials.
 */
export function StudySection({ muscleId }: { muscleId: string }) {
  const { t } = useText();
  const english = useLocalization().lang === "en" ? undefined : "en";
  const dataset = useDataset();
  const openStudy = useAppStore((s) => s.openStudy);
  const setCompared = useAppStore((s) => s.setCompared);
  const setStudyList = useAppStore((s) => s.setStudyList);
  const muscle = dataset.muscleById.get(muscleId);
  if (!muscle) return null;
  const region = dataset.regionById.get(muscle.regions[0] ?? "");
  return (
    <section className="study" aria-labelledby="muscle-study-heading">
      <h2 id="muscle-study-heading">{t("study.title")}</h2>
      <p className="hint">{t("study.intro")}</p>
      <p className="study-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            setCompared(0, muscleId);
            openStudy("compare");
          }}
        >
          {t("study.compareThis")}
        </button>
        {region && (
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              setStudyList({ kind: "region", id: region.id });
              openStudy("quiz");
            }}
          >
            {t("study.quizRegion", { region: region.name })}
          </button>
        )}
      </p>
      <MuscleAnatomyFacts muscle={muscle} />
      {muscle.associatedMuscles.length > 0 && (
        <section>
          <h3>{t("study.associated")}</h3>
          <ul className="button-list">
            {muscle.associatedMuscles.map((id) => (
              <li key={id}>
                <MuscleButton id={id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <TextList title={t("study.differentials")} items={muscle.differentials} level={3} lang={english} />
    </section>
  );
}
