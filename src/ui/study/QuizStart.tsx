import { useText } from "../../i18n/useText";
import { StudyListPicker } from "./StudyListPicker";
import { useRoundPlanner } from "./useRoundPlanner";
import { useStudyList } from "./useStudyList";

/** The start of a quiz: the study list and a button that plans a round (due cards first, then new ones). */
export function QuizStart() {
  const { t } = useText();
  const { muscles } = useStudyList();
  const begin = useRoundPlanner();
  return (
    <>
      <p>{t("study.quizIntro")}</p>
      <StudyListPicker />
      {muscles.length === 0 ? (
        <p className="hint">{t("study.empty")}</p>
      ) : (
        <button type="button" className="primary-button" onClick={begin}>
          {t("study.startRound")}
        </button>
      )}
    </>
  );
}
