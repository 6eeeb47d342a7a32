import { useMemo, useState } from "react";
import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { MuscleButton } from "./MuscleButton";

/** Every muscle of the dataset, A to Z in the chosen language under their initial letters (folded, and only built once opened). */
export function MuscleIndex() {
  const { t } = useText();
  const dataset = useDataset();
  const { lang } = useLocalization();
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => {
    const collator = new Intl.Collator(lang, { sensitivity: "base" });
    const sorted = [...dataset.muscles].sort((a, b) => collator.compare(a.name, b.name));
    const byLetter = new Map<string, string[]>();
    for (const muscle of sorted) {
      const letter = muscle.name[0]?.toLocaleUpperCase(lang).normalize("NFD")[0] ?? "#";
      byLetter.set(letter, [...(byLetter.get(letter) ?? []), muscle.id]);
    }
    return [...byLetter];
  }, [dataset, lang]);
  return (
    <details className="muscle-index" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("start.allMuscles", { count: dataset.muscles.length })}</summary>
      {open &&
        groups.map(([letter, ids]) => (
          <section key={letter} aria-label={t("start.startingWith", { letter })}>
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
