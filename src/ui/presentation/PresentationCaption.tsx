import type { MuscleEntry } from "../../domain/datasetTypes";
import { useText } from "../../i18n/useText";
import { useLocalization } from "../../state/datasetContext";
import { EnglishTag } from "../EnglishTag";
import { LocalText } from "../LocalText";

/** The first sentence of a paragraph: the one-line summary a caption has room for. */
export function firstSentence(paragraph: string): string {
  return paragraph.split(/(?<=[.!?])\s+/)[0] ?? paragraph;
}

/** The large caption of the chairside view: where in the list, the muscle's name, one line about it and its numbered trigger points. */
export function PresentationCaption({
  muscle,
  index,
  count,
  of,
}: {
  muscle: MuscleEntry;
  index: number;
  count: number;
  of: string | null;
}) {
  const { t } = useText();
  const { untranslated, lang } = useLocalization();
  const summaryInEnglish = untranslated.has(muscle.summary);
  const english = lang === "en" ? undefined : "en";
  return (
    <div className="presentation-text" aria-live="polite">
      <p className="presentation-position">
        {of
          ? t("present.positionOf", { index: index + 1, count, of })
          : t("present.position", { index: index + 1, count })}
      </p>
      <h2 id="presentation-name" className="presentation-name">
        <LocalText text={muscle.name} />
      </h2>
      <p className="presentation-summary" lang={summaryInEnglish ? "en" : undefined}>
        {firstSentence(muscle.summary)}
        {summaryInEnglish && (
          <>
            {" "}
            <EnglishTag />
          </>
        )}
      </p>
      <p className="presentation-tps">
        <span className="visually-hidden">{t("present.triggerPoints")}: </span>
        {muscle.triggerPoints.map((tp, i) => (
          <span key={tp.id} className="presentation-tp" lang={english}>
            <span className="tp-number" aria-hidden="true">
              {i + 1}
            </span>{" "}
            {tp.name}
          </span>
        ))}
      </p>
    </div>
  );
}
