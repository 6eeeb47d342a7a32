import { useText } from "../../i18n/useText";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import type { StudyList } from "../../state/study/studySlice";

const optionOf = (list: StudyList) => (list.kind === "all" ? "all" : `${list.kind}:${list.id}`);

function listOf(value: string): StudyList {
  const [kind, id] = value.split(":");
  if ((kind === "region" || kind === "condition") && id) return { kind, id };
  return { kind: "all" };
}

/** Chooses what questions come from: every muscle, the muscles of a region, or those of a condition. */
export function StudyListPicker() {
  const { t } = useText();
  const dataset = useDataset();
  const list = useAppStore((s) => s.studyList);
  const setList = useAppStore((s) => s.setStudyList);
  return (
    <label className="study-field">
      <span>{t("study.listLabel")}</span>
      <select value={optionOf(list)} onChange={(event) => setList(listOf(event.target.value))}>
        <option value="all">{t("study.allMuscles")}</option>
        <optgroup label={t("study.regions")}>
          {dataset.regions.map((region) => (
            <option key={region.id} value={`region:${region.id}`}>
              {region.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("study.conditions")}>
          {dataset.conditions.map((condition) => (
            <option key={condition.id} value={`condition:${condition.id}`}>
              {condition.name}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
