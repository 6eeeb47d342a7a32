import type { TFunction } from "i18next";
import type { PainSource } from "../domain/painLookup/painLookup";

/** How much of the drawing a muscle's zones cover, in words of the current language. */
export function coverageWords(t: TFunction, source: PainSource, spots: number): string {
  const main = source.coverage.filter((c) => c.kind === "essential").length;
  const wider = source.coverage.length - main;
  if (main === 0) return t("pain.widerOnly", { wider, count: spots });
  return wider === 0
    ? t("pain.mainOnly", { main, count: spots })
    : t("pain.mainAndWider", { main, wider, count: spots });
}
