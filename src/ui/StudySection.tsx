import { useDataset } from "../state/datasetContext";
import { MuscleAnatomyFacts } from "./MuscleAnatomyFacts";
import { MuscleButton } from "./MuscleButton";
import { TextList } from "./TextList";

/** The section's words, in one place for translation. */
const words = {
  title: "Study",
  intro: "What to learn about this muscle: its anatomy, the muscles it works with, and what it can be mistaken for.",
  associated: "Learn it with",
  differentials: "Tell it apart from",
};

/**
 * The students' entry point in a muscle's panel (shown near the top in the student view): the
 * anatomy to learn, the muscles to learn it with and the differentials. Study tools for the muscle
 * (quizzes, review) belong in this section.
 */
export function StudySection({ muscleId }: { muscleId: string }) {
  const dataset = useDataset();
  const muscle = dataset.muscleById.get(muscleId);
  if (!muscle) return null;
  return (
    <section className="study" aria-labelledby="study-heading">
      <h2 id="study-heading">{words.title}</h2>
      <p className="hint">{words.intro}</p>
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
