import { useEffect, useMemo, useRef } from "react";
import { safetyTopics } from "../domain/queries/safetyTopics";
import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { LocalText } from "./LocalText";

/**
 * The dry-needling page: every safety topic, the one asked for marked and scrolled into view. The
 * practitioner topic (danger zones) stays English in every language, marked as such.
 */
export function SafetyPanel({ id }: { id: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const { lang } = useLocalization();
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  const topics = useMemo(() => safetyTopics(dataset.safety), [dataset]);
  const focused = useRef<HTMLElement>(null);
  useEffect(() => {
    if (id !== topics[0]?.id) focused.current?.scrollIntoView?.({ block: "start" });
  }, [id, topics]);
  return (
    <>
      {topics.map((topic) => {
        const english = topic.practitioner && lang !== "en" ? "en" : undefined;
        const text = (item: string) => (english ? item : <LocalText text={item} />);
        const body = (
          <>
            {english && <p className="note-english">{t("english.practitionerNote")}</p>}
            {topic.text.length === 1 ? (
              <p lang={english}>{text(topic.text[0] ?? "")}</p>
            ) : (
              <ul className="text-list" lang={english}>
                {topic.text.map((item) => (
                  <li key={item}>{text(item)}</li>
                ))}
              </ul>
            )}
          </>
        );
        return (
          <section
            key={topic.id}
            ref={topic.id === id ? focused : undefined}
            className={topic.id === id ? "topic topic-focused" : "topic"}
            aria-labelledby={`topic-${topic.id}`}
            aria-current={topic.id === id ? "true" : undefined}
          >
            <h2 id={`topic-${topic.id}`}>{t(`topics.${topic.id}` as "topics.session", topic.title)}</h2>
            {topic.practitioner ? (
              <details className="clinical" open={practitioner || topic.id === id}>
                <summary>{t("clinical.forPractitioners")}</summary>
                {body}
              </details>
            ) : (
              body
            )}
          </section>
        );
      })}
    </>
  );
}
