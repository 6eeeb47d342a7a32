import type { MuscleEntry } from "../../domain/datasetTypes";

const text = {
  position: (index: number, count: number, of: string | null) =>
    of ? `${index + 1} of ${count} · ${of}` : `${index + 1} of ${count}`,
  triggerPoints: "Trigger points",
} as const;

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
  return (
    <div className="presentation-text" aria-live="polite">
      <p className="presentation-position">{text.position(index, count, of)}</p>
      <h2 id="presentation-name" className="presentation-name">
        {muscle.name}
      </h2>
      <p className="presentation-summary">{firstSentence(muscle.summary)}</p>
      <p className="presentation-tps">
        <span className="visually-hidden">{text.triggerPoints}: </span>
        {muscle.triggerPoints.map((tp, i) => (
          <span key={tp.id} className="presentation-tp">
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
