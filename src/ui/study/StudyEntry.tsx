import { useText } from "../../i18n/useText";
import { useAppStore } from "../../state/store";
import type { StudyTab } from "../../state/study/studySlice";

/**
 * The way into study mode from the start view: a section for students; for everyone else a link
 * that switches to the student view (study tools belong to it) and opens the quiz.
 */
export function StudyEntry() {
  const { t } = useText();
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
          {t("study.link")}
        </button>
      </p>
    );
  }
  return (
    <section className="study-entry" aria-labelledby="study-entry-heading">
      <h2 id="study-entry-heading">{t("study.title")}</h2>
      <p>{t("study.lead")}</p>
      <p className="study-actions">
        {button("quiz", t("study.startQuiz"), true)}
        {button("progress", t("study.progress"))}
        {button("compare", t("study.compare"))}
      </p>
    </section>
  );
}
