import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import { createPainLookup, type PainSource } from "../domain/painLookup/painLookup";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import type { HandoutMuscle } from "../state/handoutSlice";
import { useAppStore } from "../state/store";
import { coverageWords } from "./coverageWords";
import { HandoutButton } from "./HandoutButton";
import { MuscleButton } from "./MuscleButton";
import { PainRedFlags } from "./PainRedFlags";
import { PainTools } from "./PainTools";
import { PossibleSourcesNote } from "./PossibleSourcesNote";
import { useCoarsePointer } from "./useCoarsePointer";

/** The best match as the handout paints it: its muscle, and its side unless it lies on the midline. */
const bestMatch = (best: PainSource | undefined): HandoutMuscle | null =>
  best ? { id: best.muscle, ...(best.side === "midline" ? {} : { side: best.side }) } : null;

/** How long after the last stroke the results are scrolled into view, ms. */
const SETTLE_MS = 400;

/** Where does it hurt? The pain drawing's tools and the muscles that most often refer pain there. */
export function PainPanel() {
  const { t } = useText();
  const dataset = useDataset();
  const coarse = useCoarsePointer();
  const spots = useDeferredValue(useAppStore((s) => s.painSpots));
  const lookup = useMemo(() => createPainLookup(dataset), [dataset]);
  const results = useMemo(() => lookup.rank(spots, 10), [lookup, spots]);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (spots.length === 0) return;
    const timer = window.setTimeout(() => {
      const box = section.current?.getBoundingClientRect();
      const panel = section.current?.closest("main")?.getBoundingClientRect();
      if (box && panel && (box.top < panel.top || box.top > panel.bottom - 80)) {
        section.current?.scrollIntoView?.({ block: "start" });
      }
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [spots]);
  return (
    <>
      <p className="lead">{coarse ? t("pain.leadTouch") : t("pain.leadMouse")}</p>
      <PainTools />
      <section ref={section} aria-labelledby="pain-results-heading" className="pain-results">
        <h2 id="pain-results-heading">{t("pain.results")}</h2>
        {spots.length === 0 ? (
          <p className="hint">{t("pain.nothingYet")}</p>
        ) : (
          <>
            <PainRedFlags />
            <PossibleSourcesNote />
            <p className="hint">{t("pain.howRanked", { count: spots.length })}</p>
            <ol className="button-list" aria-label={t("pain.sourcesList")}>
              {results.map((r) => (
                <li key={r.key}>
                  <MuscleButton
                    id={r.muscle}
                    side={r.side === "midline" ? undefined : r.side}
                    kind={r.kind}
                    detail={coverageWords(t, r, spots.length)}
                  />
                </li>
              ))}
            </ol>
            {results.length === 0 && <p className="hint">{t("pain.noMatch")}</p>}
            <HandoutButton kind="pain" muscle={bestMatch(results[0])} />
          </>
        )}
      </section>
    </>
  );
}
