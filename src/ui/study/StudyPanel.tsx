import { useEffect } from "react";
import { useText } from "../../i18n/useText";
import { useAppStore } from "../../state/store";
import type { StudyTab } from "../../state/study/studySlice";
import { NoticeBanner } from "../NoticeBanner";
import { CompareView } from "./CompareView";
import { ProgressView } from "./ProgressView";
import { QuizView } from "./QuizView";

const tabs: StudyTab[] = ["quiz", "progress", "compare"];

const titleKey = { quiz: "study.titleQuiz", progress: "study.titleProgress", compare: "study.titleCompare" } as const;
const tabKey = { quiz: "study.tabQuiz", progress: "study.tabProgress", compare: "study.tabCompare" } as const;

/**
 * Study mode in place of the side panel: quizzes with spaced repetition, the progress view and a
 * side-by-side comparison. Selecting anything in the explorer (a link, back and forward) or
 * switching the audience away from students leaves it.
 */
export function StudyPanel() {
  const { t } = useText();
  const tab = useAppStore((s) => s.studyTab);
  const setTab = useAppStore((s) => s.setStudyTab);
  const close = useAppStore((s) => s.closeStudy);
  useEffect(
    () =>
      useAppStore.subscribe((s, previous) => {
        const selected = s.selection && s.selection !== previous.selection;
        const leftStudents = s.audience !== previous.audience && s.audience !== "student";
        if (selected || leftStudents) s.closeStudy();
      }),
    [],
  );
  return (
    <main className="side-panel study-panel" aria-labelledby="study-heading">
      <NoticeBanner />
      <header className="panel-header">
        <p className="kicker">{t("study.kicker")}</p>
        <h1 id="study-heading">{t(titleKey[tab])}</h1>
        <button type="button" className="link-button" onClick={close}>
          {t("study.back")}
        </button>
      </header>
      <nav aria-label={t("study.tools")}>
        <ul className="segmented study-tabs">
          {tabs.map((option) => (
            <li key={option}>
              <button type="button" aria-pressed={tab === option} onClick={() => setTab(option)}>
                {t(tabKey[option])}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {tab === "quiz" && <QuizView />}
      {tab === "progress" && <ProgressView />}
      {tab === "compare" && <CompareView />}
      <footer className="disclaimer">
        <p>{t("study.note")}</p>
      </footer>
    </main>
  );
}
