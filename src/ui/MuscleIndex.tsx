import { useMemo, useState } from "react";
import { useDataset } from "../state/datasetContext";
import { MuscleButton } from "./MuscleButton";

/** Every muscle of the dataset, A to Z under their initial letters (folded, and only built once opened). */
export function MuscleIndex() {
  const dataset = useDataset();
  const [open, setOpen] = useState(false);
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
    <details className="muscle-index" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>All {dataset.muscles.length} muscles, A to Z</summary>
      {open &&
        groups.map(([letter, ids]) => (
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
