import { useMemo } from "react";
import { createPainLookup } from "../domain/painLookup/painLookup";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { coverageWords } from "./coverageWords";
import { LocalText } from "./LocalText";

/** How many best matches the handout lists. */
const MATCHES = 3;

/**
 * A pain drawing's handout text: `about` is its best matches and the best match's summary, `care`
 * the best match's self-care.
 */
export function HandoutPainText({ part }: { part: "about" | "care" }) {
  const { t } = useText();
  const dataset = useDataset();
  const spots = useAppStore((s) => s.painSpots);
  const lookup = useMemo(() => createPainLookup(dataset), [dataset]);
  const results = useMemo(() => lookup.rank(spots, MATCHES), [lookup, spots]);
  const best = results[0] ? dataset.muscleById.get(results[0].muscle) : undefined;
  if (part === "care") {
    if (!best) return null;
    return (
      <section className="handout-care">
        <h2>{t("handout.care")}</h2>
        <ul>
          {best.selfCare.map((item) => (
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
      <h2>{t("handout.matches")}</h2>
      {results.length === 0 ? (
        <p>{t("handout.none")}</p>
      ) : (
        <ol>
          {results.map((result) => {
            const side = result.side === "midline" ? null : t(`side.${result.side}`);
            return (
              <li key={result.key}>
                <strong>{result.name}</strong>
                {side && ` (${side})`} · {coverageWords(t, result, spots.length)}
              </li>
            );
          })}
        </ol>
      )}
      {best && (
        <>
          <h2>{t("handout.aboutBest", { name: best.name })}</h2>
          <p>
            <LocalText text={best.summary} />
          </p>
        </>
      )}
    </section>
  );
}
