import type { Audience } from "../state/selectionTypes";
import { useAppStore } from "../state/store";
import { ConditionList } from "./ConditionList";
import { MuscleIndex } from "./MuscleIndex";
import { RegionList } from "./RegionList";
import { SafetySection } from "./SafetySection";
import { StudyEntry } from "./study/StudyEntry";
import { useCoarsePointer } from "./useCoarsePointer";

/** The start view's words per audience and pointer, in one place for translation. */
const words = {
  paint: "Paint where it hurts",
  lead: {
    patient: {
      touch:
        "Tap where it hurts on the body, or pick a region, a muscle or a condition. You will see the muscles that commonly refer pain there, their trigger points and the pattern of pain they cause.",
      mouse:
        "Click where it hurts on the body, or pick a region, a muscle or a condition. You will see the muscles that commonly refer pain there, their trigger points and the pattern of pain they cause.",
    },
    practitioner: {
      touch:
        "Tap a region or pick a muscle or condition for its anatomy, needling approach, structures at risk and danger zones. Each muscle prints as a one-page handout with its pattern for your patient.",
      mouse:
        "Click a region or pick a muscle or condition for its anatomy, needling approach, structures at risk and danger zones. Each muscle prints as a one-page handout with its pattern for your patient.",
    },
    student: {
      touch:
        "Tap a region or pick a muscle to learn where its trigger points lie, where they refer pain, and its anatomy. Quizzes, your progress and side-by-side comparisons are below; each muscle has a study section near the top of its page.",
      mouse:
        "Click a region or pick a muscle to learn where its trigger points lie, where they refer pain, and its anatomy. Quizzes, your progress and side-by-side comparisons are below; each muscle has a study section near the top of its page.",
    },
  } satisfies Record<Audience, { touch: string; mouse: string }>,
};

/** The start view: how to use the app (for the audience chosen), the regions, the conditions, every muscle A to Z and what dry needling is like. */
export function StartPanel() {
  const setPainMode = useAppStore((s) => s.setPainMode);
  const audience = useAppStore((s) => s.audience);
  const coarse = useCoarsePointer();
  return (
    <>
      <button type="button" className="primary-button" onClick={() => setPainMode(true)}>
        {words.paint}
      </button>
      <p className="lead">{words.lead[audience][coarse ? "touch" : "mouse"]}</p>
      <StudyEntry />
      <RegionList />
      <ConditionList />
      <MuscleIndex />
      <SafetySection />
    </>
  );
}
