import { useAppStore } from "../state/store";
import { ConditionList } from "./ConditionList";
import { MuscleIndex } from "./MuscleIndex";
import { RegionList } from "./RegionList";
import { SafetySection } from "./SafetySection";
import { StudyEntry } from "./study/StudyEntry";
import { useCoarsePointer } from "./useCoarsePointer";

/** The start view: how to use the app, the regions, the conditions, every muscle A to Z and what dry needling is like. */
export function StartPanel() {
  const setPainMode = useAppStore((s) => s.setPainMode);
  const coarse = useCoarsePointer();
  return (
    <>
      <button type="button" className="primary-button" onClick={() => setPainMode(true)}>
        Paint where it hurts
      </button>
      <p className="lead">
        {coarse ? "Tap" : "Click"} where it hurts on the body, or pick a region, a muscle or a condition. You will see
        the muscles that commonly refer pain there, their trigger points and the pattern of pain they cause.
      </p>
      <StudyEntry />
      <RegionList />
      <ConditionList />
      <MuscleIndex />
      <SafetySection />
    </>
  );
}
