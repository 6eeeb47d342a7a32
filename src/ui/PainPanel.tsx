import { useDeferredValue, useMemo } from "react";
import { createPainLookup } from "../domain/painLookup/painLookup";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { MuscleButton } from "./MuscleButton";
import { PainRedFlags } from "./PainRedFlags";
import { PainTools } from "./PainTools";
import { PossibleSourcesNote } from "./PossibleSourcesNote";

/** Where does it hurt? The pain drawing's tools and the muscles that most often refer pain there. */
export function PainPanel() {
  const dataset = useDataset();
  const spots = useDeferredValue(useAppStore((s) => s.painSpots));
  const lookup = useMemo(() => createPainLookup(dataset), [dataset]);
  const results = useMemo(() => lookup.rank(spots, 10), [lookup, spots]);
  return (
    <>
      <p className="lead">
        Press and drag on the body to paint where it hurts, on one side or both. Turn the body with the right mouse
        button or two fingers. The list updates as you paint.
      </p>
      <PainTools />
      <section aria-labelledby="pain-results-heading">
        <h2 id="pain-results-heading">Muscles that most often refer pain there</h2>
        {spots.length === 0 ? (
          <p className="hint">Nothing painted yet.</p>
        ) : (
          <>
            <PossibleSourcesNote />
            <ol className="button-list" aria-label="Possible sources, best match first">
              {results.map((r) => (
                <li key={r.key}>
                  <MuscleButton
                    id={r.muscle}
                    side={r.side === "midline" ? undefined : r.side}
                    kind={r.kind}
                    detail={`${r.coverage.length} of ${spots.length} spots`}
                  />
                </li>
              ))}
            </ol>
            {results.length === 0 && <p className="hint">No muscle in the dataset refers pain to exactly that area.</p>}
          </>
        )}
      </section>
      <PainRedFlags />
    </>
  );
}
