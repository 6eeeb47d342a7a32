import type { TFunction } from "i18next";
import { useEffect, useRef } from "react";
import { cardId } from "../../domain/study/studyCards";
import { useText } from "../../i18n/useText";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { dueTime } from "../../state/study/scheduler";
import type { QuizAnswer, QuizQuestion } from "../../state/study/studySlice";
import { useCoarsePointer } from "../useCoarsePointer";

/** "in 10 minutes", "tomorrow", "in 3 days": how far away a review is, in the current language. */
function fromNow(ms: number, t: TFunction): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return t("study.inMinutes", { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t("study.inHours", { count: hours });
  return t("study.inDays", { count: Math.round(hours / 24) });
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
  const { t } = useText();
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
    kind === "name"
      ? t("study.askName")
      : kind === "refer"
        ? t("study.askRefer", { muscle: name(muscleId) })
        : t("study.askPlace", { muscle: name(muscleId) });
  return (
    <section className="quiz-question" aria-labelledby="quiz-prompt">
      <p className="kicker">{t("study.counter", { number, count })}</p>
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
            <p>
              {kind === "refer"
                ? t(coarse ? "study.tapReferTouch" : "study.tapReferMouse")
                : t(coarse ? "study.tapPlaceTouch" : "study.tapPlaceMouse")}
            </p>
            <button type="button" className="link-button" onClick={() => answerQuestion({ correct: false })}>
              {t("study.giveUp")}
            </button>
          </>
        )
      )}
      {answer && (
        <div className={answer.correct ? "quiz-feedback quiz-right" : "quiz-feedback quiz-wrong"} role="status">
          <p>
            <strong>{answer.correct ? t("study.right") : t("study.wrong")}</strong>{" "}
            {kind === "name"
              ? t("study.wasName", { muscle: name(muscleId) })
              : kind === "refer"
                ? t("study.shownRefer")
                : t("study.shownPlace")}
          </p>
          {record && <p>{t("study.cardAgain", { when: fromNow(dueTime(record) - Date.now(), t) })}</p>}
          <button type="button" className="primary-button" ref={next} onClick={nextQuestion}>
            {number === count ? t("study.finish") : t("study.nextQuestion")}
          </button>
        </div>
      )}
    </section>
  );
}
