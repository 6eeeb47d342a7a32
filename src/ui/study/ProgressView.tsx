import { useMemo } from "react";
import { cardsOf } from "../../domain/study/studyCards";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { type DeckStats, deckStats } from "../../state/study/deckStats";
import { StudyListPicker } from "./StudyListPicker";
import { useStudyList } from "./useStudyList";

const text = {
  caption: "Your progress (saved on this device only)",
  measure: "Cards",
  list: (name: string | null) => (name ? `This list: ${name}` : "This list: all muscles"),
  all: "All muscles",
  due: "Due now",
  studied: "Studied",
  learned: "Learned",
  fresh: "Not yet asked",
  accuracy: "Right answers",
  percent: (s: DeckStats) =>
    s.answered ? `${Math.round((100 * s.correct) / s.answered)}% (${s.correct} of ${s.answered})` : "none yet",
  explain:
    "Each muscle has three cards (name it from its pattern, where it refers, where its trigger point is). A card is learned once you have got it right over its first short intervals; due cards come first in the next round.",
} as const;

const rows = [
  { label: text.due, value: (s: DeckStats) => String(s.due) },
  { label: text.studied, value: (s: DeckStats) => `${s.studied} of ${s.total}` },
  { label: text.learned, value: (s: DeckStats) => String(s.learned) },
  { label: text.fresh, value: (s: DeckStats) => String(s.fresh) },
  { label: text.accuracy, value: text.percent },
] as const;

/** The progress view: cards due, studied, learned and new, and the share of right answers, for the list and for all muscles. */
export function ProgressView() {
  const dataset = useDataset();
  const deck = useAppStore((s) => s.deck);
  const { cards, name } = useStudyList();
  const everyCard = useMemo(() => cardsOf(dataset.muscles.map((m) => m.id)), [dataset]);
  const now = Date.now();
  const list = deckStats(cards, deck, now);
  const all = deckStats(everyCard, deck, now);
  return (
    <>
      <StudyListPicker />
      <table className="progress-table">
        <caption>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.measure}</th>
            <th scope="col">{text.list(name)}</th>
            <th scope="col">{text.all}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.value(list)}</td>
              <td>{row.value(all)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{text.explain}</p>
    </>
  );
}
