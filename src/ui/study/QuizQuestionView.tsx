import { useEffect, useRef } from "react";
import { cardId } from "../../domain/study/studyCards";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { dueTime } from "../../state/study/scheduler";
import type { QuizAnswer, QuizQuestion } from "../../state/study/studySlice";
import { useCoarsePointer } from "../useCoarsePointer";

const text = {
  counter: (number: number, count: number) => `Question ${number} of ${count}`,
  name: "Which muscle refers pain in the pattern on the body?",
  refer: (muscle: string) => `Where does the ${muscle} refer pain?`,
  place: (muscle: string) => `Where is a trigger point of the ${muscle}?`,
  tapRefer: (tap: string) => `${tap} the body where its pain is felt most (its essential zone); drag to turn the body.`,
  tapPlace: (tap: string) => `${tap} the body over one of its trigger points; drag to turn the body.`,
  tap: (coarse: boolean) => (coarse ? "Tap" : "Click"),
  giveUp: "Show me",
  right: "Right.",
  wrong: "Not quite.",
  wasName: (muscle: string) => `This is the pattern of the ${muscle}.`,
  shownRefer: "Its pattern is painted on the body now: essential zone solid, spillover stippled; your tap is the dot.",
  shownPlace: "Its trigger points are marked with an X; your tap is the dot.",
  again: (when: string) => `You will see this card again ${when}.`,
  next: "Next question",
  finish: "See how the round went",
} as const;

/** "in 10 minutes", "in 3 days": how far away a review is. */
function fromNow(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return minutes === 1 ? "in a minute" : `in ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? "in an hour" : `in ${hours} hours`;
  const days = Math.round(hours / 24);
  return days === 1 ? "tomorrow" : `in ${days} days`;
}

/**
 * One quiz question: the muscle choices for "name the muscle", or the instruction to tap the body
 * (answered by the 3D view) with a "Show me" fallback; then whether it was right, what the model
 * now shows, when the card comes back, and the button to go on.
 */
export function QuizQuestionView({
  question,
  answer,
  number,
  count,
}: {
  question: QuizQuestion;
  answer: QuizAnswer | null;
  number: number;
  count: number;
}) {
  const dataset = useDataset();
  const coarse = useCoarsePointer();
  const answerQuestion = useAppStore((s) => s.answerQuestion);
  const nextQuestion = useAppStore((s) => s.nextQuestion);
  const record = useAppStore((s) => s.deck.cards[cardId(question.card)]);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (answer) next.current?.focus();
  }, [answer]);
  const { muscleId, kind } = question.card;
  const name = (id: string) => dataset.muscleById.get(id)?.name ?? id;
  const prompt =
    kind === "name" ? text.name : kind === "refer" ? text.refer(name(muscleId)) : text.place(name(muscleId));
  return (
    <section className="quiz-question" aria-labelledby="quiz-prompt">
      <p className="kicker">{text.counter(number, count)}</p>
      <h2 id="quiz-prompt">{prompt}</h2>
      {kind === "name" ? (
        <ul className="button-list quiz-choices">
          {question.choices.map((id) => {
            const mark = answer ? (id === muscleId ? "right" : id === answer.choice ? "wrong" : "") : "";
            return (
              <li key={id}>
                <button
                  type="button"
                  className={`list-button ${mark ? `choice-${mark}` : ""}`}
                  aria-pressed={answer ? answer.choice === id : undefined}
                  disabled={answer !== null}
                  onClick={() => answerQuestion({ correct: id === muscleId, choice: id })}
                >
                  {name(id)}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        !answer && (
          <>
            <p>{kind === "refer" ? text.tapRefer(text.tap(coarse)) : text.tapPlace(text.tap(coarse))}</p>
            <button type="button" className="link-button" onClick={() => answerQuestion({ correct: false })}>
              {text.giveUp}
            </button>
          </>
        )
      )}
      {answer && (
        <div className={answer.correct ? "quiz-feedback quiz-right" : "quiz-feedback quiz-wrong"} role="status">
          <p>
            <strong>{answer.correct ? text.right : text.wrong}</strong>{" "}
            {kind === "name" ? text.wasName(name(muscleId)) : kind === "refer" ? text.shownRefer : text.shownPlace}
          </p>
          {record && <p>{text.again(fromNow(dueTime(record) - Date.now()))}</p>}
          <button type="button" className="primary-button" ref={next} onClick={nextQuestion}>
            {number === count ? text.finish : text.next}
          </button>
        </div>
      )}
    </section>
  );
}
