import { useMemo } from "react";
import { musclesOf } from "../../domain/queries/panelMuscles";
import { type CardKey, cardsOf } from "../../domain/study/studyCards";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";

/** The muscles of the chosen study list (in panel order), their cards, and the list's name. */
export function useStudyList(): { muscles: string[]; cards: CardKey[]; name: string | null } {
  const dataset = useDataset();
  const list = useAppStore((s) => s.studyList);
  return useMemo(() => {
    const muscles = musclesOf(dataset, list);
    const name =
      list.kind === "region"
        ? (dataset.regionById.get(list.id)?.name ?? null)
        : list.kind === "condition"
          ? (dataset.conditionById.get(list.id)?.name ?? null)
          : null;
    return { muscles, cards: cardsOf(muscles), name };
  }, [dataset, list]);
}
