import { useText } from "../../i18n/useText";
import { useAppStore } from "../../state/store";
import type { QuizRound } from "../../state/study/studySlice";

/** The end of a round: the score, and the way on. */
export function RoundSummary({ round, onAgain }: { round: QuizRound; onAgain: () => void }) {
  const { t } = useText();
  const setTab = useAppStore((s) => s.setStudyTab);
  const right = round.answers.filter((a) => a.correct).length;
  return (
    <section className="round-summary" aria-labelledby="round-summary-heading">
      <h2 id="round-summary-heading">{t("study.roundTitle")}</h2>
      <p role="status">{t("study.score", { right, count: round.questions.length })}</p>
      <p>{t("study.saved")}</p>
      <p className="study-actions">
        <button type="button" className="primary-button" onClick={onAgain}>
          {t("study.again")}
        </button>
        <button type="button" className="secondary-button" onClick={() => setTab("progress")}>
          {t("study.seeProgress")}
        </button>
      </p>
    </section>
  );
}
