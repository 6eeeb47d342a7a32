import { useMemo } from "react";
import { useDataset } from "../state/datasetContext";
import { MuscleButton } from "./MuscleButton";

/** Every muscle of the dataset, A to Z under their initial letters (folded until opened). */
export function MuscleIndex() {
  const dataset = useDataset();
  const groups = useMemo(() => {
    const sorted = [...dataset.muscles].sort((a, b) => a.name.localeCompare(b.name));
    const byLetter = new Map<string, string[]>();
    for (const muscle of sorted) {
      const letter = muscle.name[0]?.toUpperCase() ?? "#";
      byLetter.set(letter, [...(byLetter.get(letter) ?? []), muscle.id]);
    }
    return [...byLetter];
  }, [dataset]);
  return (
    <details className="muscle-index">
      <summary>All {dataset.muscles.length} muscles, A to Z</summary>
      {groups.map(([letter, ids]) => (
        <section key={letter} aria-label={`Muscles starting with ${letter}`}>
          <h3>{letter}</h3>
          <ul className="button-list">
            {ids.map((id) => (
              <li key={id}>
                <MuscleButton id={id} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
