import { useDataset } from "../state/datasetContext";

/** The words, in one place for translation. */
const words = { about: "About this muscle", feel: "Where you may feel it", care: "What you can do yourself" };

/**
 * A muscle handout's text: `about` is the plain summary and where the pain may be felt, `care`
 * the self-care.
 */
export function HandoutMuscleText({ id, part }: { id: string; part: "about" | "care" }) {
  const muscle = useDataset().muscleById.get(id);
  if (!muscle) return null;
  if (part === "care") {
    return (
      <section className="handout-care">
        <h2>{words.care}</h2>
        <ul>
          {muscle.selfCare.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="handout-about">
      <h2>{words.about}</h2>
      <p>{muscle.summary}</p>
      <h2>{words.feel}</h2>
      <p>{muscle.referral.description}</p>
    </section>
  );
}
