import { useAppStore } from "../../state/store";
import type { QuizRound } from "../../state/study/studySlice";

const text = {
  title: "Round finished",
  score: (right: number, count: number) => `${right} of ${count} right.`,
  saved: "Your answers are saved on this device; each card comes back when it is due.",
  again: "Start another round",
  progress: "See your progress",
} as const;

/** The end of a round: the score, and the way on. */
export function RoundSummary({ round, onAgain }: { round: QuizRound; onAgain: () => void }) {
  const setTab = useAppStore((s) => s.setStudyTab);
  const right = round.answers.filter((a) => a.correct).length;
  return (
    <section className="round-summary" aria-labelledby="round-summary-heading">
      <h2 id="round-summary-heading">{text.title}</h2>
      <p role="status">{text.score(right, round.questions.length)}</p>
      <p>{text.saved}</p>
      <p className="study-actions">
        <button type="button" className="primary-button" onClick={onAgain}>
          {text.again}
        </button>
        <button type="button" className="secondary-button" onClick={() => setTab("progress")}>
          {text.progress}
        </button>
      </p>
    </section>
  );
}
