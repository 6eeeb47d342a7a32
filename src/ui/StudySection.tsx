import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { MuscleAnatomyFacts } from "./MuscleAnatomyFacts";
import { MuscleButton } from "./MuscleButton";
import { TextList } from "./TextList";

/** The section's words, in one place for translation. */
const words = {
  title: "Study",
  intro: "What to learn about this muscle: its anatomy, the muscles it works with, and what it can be mistaken for.",
  compare: "Compare it with another muscle",
  quiz: (region: string) => `Quiz me on the ${region.toLowerCase()}`,
  associated: "Learn it with",
  differentials: "Tell it apart from",
};

/**
 * The students' entry point in a muscle's panel (shown near the top in the student view): the way
 * into study mode (compare this muscle with another, or a quiz on its region), the anatomy to learn, the muscles
 * to learn it with and the differentials.
 */
export function StudySection({ muscleId }: { muscleId: string }) {
  const dataset = useDataset();
  const openStudy = useAppStore((s) => s.openStudy);
  const setCompared = useAppStore((s) => s.setCompared);
  const setStudyList = useAppStore((s) => s.setStudyList);
  const muscle = dataset.muscleById.get(muscleId);
  if (!muscle) return null;
  const region = dataset.regionById.get(muscle.regions[0] ?? "");
  return (
    <section className="study" aria-labelledby="muscle-study-heading">
      <h2 id="muscle-study-heading">{words.title}</h2>
      <p className="hint">{words.intro}</p>
      <p className="study-actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            setCompared(0, muscleId);
            openStudy("compare");
          }}
        >
          {words.compare}
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
            {words.quiz(region.name)}
          </button>
        )}
      </p>
      <MuscleAnatomyFacts muscle={muscle} />
      {muscle.associatedMuscles.length > 0 && (
        <section>
          <h3>{words.associated}</h3>
          <ul className="button-list">
            {muscle.associatedMuscles.map((id) => (
              <li key={id}>
                <MuscleButton id={id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <TextList title={words.differentials} items={muscle.differentials} level={3} />
    </section>
  );
}
