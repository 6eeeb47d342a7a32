import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";
import { ConditionList } from "./ConditionList";
import { MuscleIndex } from "./MuscleIndex";
import { RegionList } from "./RegionList";
import { SafetySection } from "./SafetySection";
import { StudyEntry } from "./study/StudyEntry";
import { useCoarsePointer } from "./useCoarsePointer";

/** The start view: how to use the app (for the audience chosen), the regions, the conditions, every muscle A to Z and what dry needling is like. */
export function StartPanel() {
  const { t } = useText();
  const setPainMode = useAppStore((s) => s.setPainMode);
  const audience = useAppStore((s) => s.audience);
  const coarse = useCoarsePointer();
  return (
    <>
      <button type="button" className="primary-button" onClick={() => setPainMode(true)}>
        {t("start.paint")}
      </button>
      <p className="lead">{t(`start.lead.${audience}.${coarse ? "touch" : "mouse"}`)}</p>
      <StudyEntry />
      <RegionList />
      <ConditionList />
      <MuscleIndex />
      <SafetySection />
    </>
  );
}
