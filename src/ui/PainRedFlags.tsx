import { useDeferredValue, useMemo } from "react";
import { createRegionLocator } from "../domain/queries/regionLocator";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** The red flags of the conditions felt where the patient painted: signs that need a doctor first. */
export function PainRedFlags() {
  const dataset = useDataset();
  const spots = useDeferredValue(useAppStore((s) => s.painSpots));
  const locator = useMemo(() => createRegionLocator(dataset), [dataset]);
  const flags = useMemo(() => {
    const regions = new Set(spots.map(([x, y, z]) => locator.regionAt(x, y, z)));
    const conditions = dataset.conditions.filter((c) => c.regions.some((r) => regions.has(r)));
    return [...new Set(conditions.flatMap((c) => c.redFlags))].slice(0, 8);
  }, [dataset, locator, spots]);
  if (flags.length === 0) return null;
  return (
    <section className="red-flags" aria-labelledby="pain-red-flags-heading">
      <h2 id="pain-red-flags-heading">See a doctor first if</h2>
      <ul className="text-list">
        {flags.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
    </section>
  );
}
