import { useDeferredValue, useMemo } from "react";
import { createRegionRule } from "../domain/bodyParts/regionRule";
import { redFlagsFor } from "../domain/queries/redFlags";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { RedFlags } from "./RedFlags";

/** The red flags of every condition felt where the patient painted (the regions of the painted skin). */
export function PainRedFlags() {
  const dataset = useDataset();
  const spots = useDeferredValue(useAppStore((s) => s.painSpots));
  const rule = useMemo(() => createRegionRule(dataset.regions, dataset.landmarkById), [dataset]);
  const flags = useMemo(() => {
    const regions = new Set(spots.map(({ position: [x, y, z], part }) => rule.regionAt(x, y, z, part)));
    return redFlagsFor(dataset, [...regions]);
  }, [dataset, rule, spots]);
  return <RedFlags flags={flags} />;
}
