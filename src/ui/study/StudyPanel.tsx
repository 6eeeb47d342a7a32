import { useEffect } from "react";
import { useAppStore } from "../../state/store";
import type { StudyTab } from "../../state/study/studySlice";
import { NoticeBanner } from "../NoticeBanner";
import { CompareView } from "./CompareView";
import { ProgressView } from "./ProgressView";
import { QuizView } from "./QuizView";

const text = {
  kicker: "Study",
  titles: { quiz: "Quiz: referral patterns", progress: "Your progress", compare: "Compare two muscles" },
  tabs: { quiz: "Quiz", progress: "Progress", compare: "Compare" },
  tools: "Study tools",
  back: "← Back to the explorer",
  note: "For learning: the patterns are typical maps from the trigger-point manuals, and they vary from person to person.",
} as const;

const tabs: StudyTab[] = ["quiz", "progress", "compare"];

/**
 * Study mode in place of the side panel: quizzes with spaced repetition, the progress view and a
 * side-by-side comparison. Selecting anything in the explorer (a link, back and forward) or
 * switching the audience away from students leaves it.
 */
export function StudyPanel() {
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
        <p className="kicker">{text.kicker}</p>
        <h1 id="study-heading">{text.titles[tab]}</h1>
        <button type="button" className="link-button" onClick={close}>
          {text.back}
        </button>
      </header>
      <nav aria-label={text.tools}>
        <ul className="segmented study-tabs">
          {tabs.map((t) => (
            <li key={t}>
              <button type="button" aria-pressed={tab === t} onClick={() => setTab(t)}>
                {text.tabs[t]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {tab === "quiz" && <QuizView />}
      {tab === "progress" && <ProgressView />}
      {tab === "compare" && <CompareView />}
      <footer className="disclaimer">
        <p>{text.note}</p>
      </footer>
    </main>
  );
}
