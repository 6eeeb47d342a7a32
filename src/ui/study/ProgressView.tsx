import type { TFunction } from "i18next";
import { useMemo } from "react";
import { cardsOf } from "../../domain/study/studyCards";
import { useText } from "../../i18n/useText";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { type DeckStats, deckStats } from "../../state/study/deckStats";
import { StudyListPicker } from "./StudyListPicker";
import { useStudyList } from "./useStudyList";

/** The rows of the table: a label and how a deck's figure reads in the current language. */
const rows: { label: RowKey; value: (s: DeckStats, t: TFunction) => string }[] = [
  { label: "study.due", value: (s, t) => t("study.count", { count: s.due }) },
  { label: "study.studied", value: (s, t) => t("study.ofTotal", { count: s.studied, total: s.total }) },
  { label: "study.learned", value: (s, t) => t("study.count", { count: s.learned }) },
  { label: "study.fresh", value: (s, t) => t("study.count", { count: s.fresh }) },
  {
    label: "study.accuracy",
    value: (s, t) =>
      s.answered
        ? t("study.percent", {
            percent: Math.round((100 * s.correct) / s.answered),
            right: s.correct,
            count: s.answered,
          })
        : t("study.noneYet"),
  },
];

type RowKey = "study.due" | "study.studied" | "study.learned" | "study.fresh" | "study.accuracy";

/** The progress view: cards due, studied, learned and new, and the share of right answers, for the list and for all muscles. */
export function ProgressView() {
  const { t } = useText();
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
        <caption>{t("study.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("study.measure")}</th>
            <th scope="col">{name ? t("study.thisList", { name }) : t("study.thisListAll")}</th>
            <th scope="col">{t("study.allMuscles")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{t(row.label)}</th>
              <td>{row.value(list, t)}</td>
              <td>{row.value(all, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("study.explain")}</p>
    </>
  );
}
