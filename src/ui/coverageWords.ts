import type { PainSource } from "../domain/painLookup/painLookup";

/** How much of the drawing a muscle's zones cover, in words. */
export function coverageWords(source: PainSource, spots: number): string {
  const main = source.coverage.filter((c) => c.kind === "essential").length;
  const wider = source.coverage.length - main;
  const of = `of your ${spots} spot${spots === 1 ? "" : "s"}`;
  if (main === 0) return `wider zone covers ${wider} ${of}`;
  return wider === 0 ? `main zone covers ${main} ${of}` : `main zone covers ${main} ${of}, wider zone ${wider} more`;
}
