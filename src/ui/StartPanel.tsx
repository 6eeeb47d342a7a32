import { useAppStore } from "../state/store";
import { ConditionList } from "./ConditionList";
import { RegionList } from "./RegionList";
import { SafetySection } from "./SafetySection";

/** The start view: how to use the app, the regions, the conditions and what dry needling is like. */
export function StartPanel() {
  const setPainMode = useAppStore((s) => s.setPainMode);
  return (
    <>
      <button type="button" className="primary-button" onClick={() => setPainMode(true)}>
        Paint where it hurts
      </button>
      <p className="lead">
        Click where it hurts on the body, or pick a region, a muscle or a condition. You will see the muscles that
        commonly refer pain there, their trigger points and the pattern of pain they cause.
      </p>
      <RegionList />
      <ConditionList />
      <SafetySection />
    </>
  );
}
