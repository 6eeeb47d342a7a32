import { useDeferredValue, useEffect, useMemo, useRef } from "react";
import { createPainLookup, type PainSource } from "../domain/painLookup/painLookup";
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
      <p className="lead">
        {coarse
          ? "Drag a finger over the body to paint where it hurts, on one side or both. Pinch to zoom, drag two fingers to move the view, and turn the body with the view buttons."
          : "Press and drag on the body to paint where it hurts, on one side or both. Turn the body by dragging with the right mouse button, move it with the middle button (or Shift and the right button), and zoom with the wheel toward the pointer."}
      </p>
      <PainTools />
      <section ref={section} aria-labelledby="pain-results-heading" className="pain-results">
        <h2 id="pain-results-heading">Muscles that most often refer pain there</h2>
        {spots.length === 0 ? (
          <p className="hint">Nothing painted yet.</p>
        ) : (
          <>
            <PainRedFlags />
            <PossibleSourcesNote />
            <p className="hint">
              Your drawing has {spots.length} spot{spots.length === 1 ? "" : "s"}. A muscle ranks higher the more of
              them fall in its main pain zone (where nearly everyone with that trigger point feels it); its wider zone
              counts less than half as much.
            </p>
            <ol className="button-list" aria-label="Possible sources, best match first">
              {results.map((r) => (
                <li key={r.key}>
                  <MuscleButton
                    id={r.muscle}
                    side={r.side === "midline" ? undefined : r.side}
                    kind={r.kind}
                    detail={coverageWords(r, spots.length)}
                  />
                </li>
              ))}
            </ol>
            {results.length === 0 && <p className="hint">No muscle in the dataset refers pain to exactly that area.</p>}
            <HandoutButton kind="pain" muscle={bestMatch(results[0])} />
          </>
        )}
      </section>
    </>
  );
}
