import { useAppStore } from "../../state/store";
import { currentQuestion } from "../../state/study/studySlice";
import { QuizQuestionView } from "./QuizQuestionView";
import { QuizStart } from "./QuizStart";
import { RoundSummary } from "./RoundSummary";
import { useRoundPlanner } from "./useRoundPlanner";

/** The quiz: the start (list and button), the question of the round in progress, or the round's summary. */
export function QuizView() {
  const round = useAppStore((s) => s.round);
  const again = useRoundPlanner();
  if (!round) return <QuizStart />;
  const current = currentQuestion(round);
  if (!current) return <RoundSummary round={round} onAgain={again} />;
  return (
    <QuizQuestionView
      question={current.question}
      answer={current.answer}
      number={current.number}
      count={round.questions.length}
    />
  );
}
