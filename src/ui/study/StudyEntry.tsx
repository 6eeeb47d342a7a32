import { useAppStore } from "../../state/store";
import type { StudyTab } from "../../state/study/studySlice";

const text = {
  heading: "Study",
  lead: "Practise referral patterns: quizzes that space your reviews, your progress, and two muscles side by side.",
  quiz: "Start a quiz",
  progress: "Progress",
  compare: "Compare two muscles",
  link: "Study referral patterns: quizzes and comparisons",
} as const;

/**
 * The way into study mode from the start view: a section for students; for everyone else a link
 * that switches to the student view (study tools belong to it) and opens the quiz.
 */
export function StudyEntry() {
  const student = useAppStore((s) => s.audience === "student");
  const open = useAppStore((s) => s.openStudy);
  const setViewState = useAppStore((s) => s.setViewState);
  const button = (tab: StudyTab, label: string, primary = false) => (
    <button type="button" className={primary ? "primary-button" : "secondary-button"} onClick={() => open(tab)}>
      {label}
    </button>
  );
  if (!student) {
    return (
      <p className="study-link">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setViewState({ audience: "student" });
            open("quiz");
          }}
        >
          {text.link}
        </button>
      </p>
    );
  }
  return (
    <section className="study-entry" aria-labelledby="study-entry-heading">
      <h2 id="study-entry-heading">{text.heading}</h2>
      <p>{text.lead}</p>
      <p className="study-actions">
        {button("quiz", text.quiz, true)}
        {button("progress", text.progress)}
        {button("compare", text.compare)}
      </p>
    </section>
  );
}
