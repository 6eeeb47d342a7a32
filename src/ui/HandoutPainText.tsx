import { useMemo } from "react";
import { createPainLookup } from "../domain/painLookup/painLookup";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { coverageWords } from "./coverageWords";

/** The words, in one place for translation. */
const words = {
  matches: "Muscles that most often refer pain there",
  side: { left: "left", right: "right", midline: null },
  none: "No muscle in the dataset refers pain to exactly that area.",
  aboutBest: (name: string) => `About the best match: ${name}`,
  care: "What you can do yourself",
};

/** How many best matches the handout lists. */
const MATCHES = 3;

/**
 * A pain drawing's handout text: `about` is its best matches and the best match's summary, `care`
 * the best match's self-care.
 */
export function HandoutPainText({ part }: { part: "about" | "care" }) {
  const dataset = useDataset();
  const spots = useAppStore((s) => s.painSpots);
  const lookup = useMemo(() => createPainLookup(dataset), [dataset]);
  const results = useMemo(() => lookup.rank(spots, MATCHES), [lookup, spots]);
  const best = results[0] ? dataset.muscleById.get(results[0].muscle) : undefined;
  if (part === "care") {
    if (!best) return null;
    return (
      <section className="handout-care">
        <h2>{words.care}</h2>
        <ul>
          {best.selfCare.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section className="handout-about">
      <h2>{words.matches}</h2>
      {results.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ol>
          {results.map((result) => {
            const side = words.side[result.side];
            return (
              <li key={result.key}>
                <strong>{result.name}</strong>
                {side && ` (${side})`} · {coverageWords(result, spots.length)}
              </li>
            );
          })}
        </ol>
      )}
      {best && (
        <>
          <h2>{words.aboutBest(best.name)}</h2>
          <p>{best.summary}</p>
        </>
      )}
    </section>
  );
}
