import { StudyListPicker } from "./StudyListPicker";
import { useRoundPlanner } from "./useRoundPlanner";
import { useStudyList } from "./useStudyList";

const text = {
  intro:
    "Three kinds of question: name the muscle from its pattern, tap where a muscle refers pain, and tap where its trigger point lies. Cards you miss come back soon; those you know come back later.",
  start: "Start a round",
  empty: "This list has no muscles.",
} as const;

/** The start of a quiz: the study list and a button that plans a round (due cards first, then new ones). */
export function QuizStart() {
  const { muscles } = useStudyList();
  const begin = useRoundPlanner();
  return (
    <>
      <p>{text.intro}</p>
      <StudyListPicker />
      {muscles.length === 0 ? (
        <p className="hint">{text.empty}</p>
      ) : (
        <button type="button" className="primary-button" onClick={begin}>
          {text.start}
        </button>
      )}
    </>
  );
}
