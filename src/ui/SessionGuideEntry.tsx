import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";

/** The way into "What a session is like" from a muscle's panel (patient view). */
export function SessionGuideEntry() {
  const { t } = useText();
  const open = useAppStore((s) => s.openSessionGuide);
  return (
    <section className="session-entry" aria-labelledby="session-entry-heading">
      <h2 id="session-entry-heading">{t("session.title")}</h2>
      <p>{t("session.entryText")}</p>
      <button type="button" className="primary-button" onClick={open}>
        {t("session.start")}
      </button>
    </section>
  );
}
