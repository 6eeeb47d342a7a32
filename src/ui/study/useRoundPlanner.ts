import { useCallback } from "react";
import { muscleChoices } from "../../domain/study/muscleChoices";
import { planRound } from "../../domain/study/studyCards";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { dueTime } from "../../state/study/scheduler";
import { useStudyList } from "./useStudyList";

/** Questions in one round. */
export const ROUND_SIZE = 6;

/** A function that starts a round of the chosen list: due cards first, then new ones, with fresh choices. */
export function useRoundPlanner(): () => void {
  const dataset = useDataset();
  const { muscles } = useStudyList();
  const startRound = useAppStore((s) => s.startRound);
  return useCallback(() => {
    const deck = useAppStore.getState().deck;
    const schedules = new Map(Object.entries(deck.cards).map(([id, record]) => [id, { due: dueTime(record) }]));
    const cards = planRound(muscles, schedules, Date.now(), ROUND_SIZE);
    startRound(
      cards.map((card) => ({
        card,
        choices: card.kind === "name" ? muscleChoices(dataset, card.muscleId, muscles, Math.random) : [],
      })),
    );
  }, [dataset, muscles, startRound]);
}
