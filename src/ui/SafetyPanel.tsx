import { useEffect, useMemo, useRef } from "react";
import { safetyTopics } from "../domain/queries/safetyTopics";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** The dry-needling page: every safety topic, the one asked for marked and scrolled into view. */
export function SafetyPanel({ id }: { id: string }) {
  const dataset = useDataset();
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  const topics = useMemo(() => safetyTopics(dataset.safety), [dataset]);
  const focused = useRef<HTMLElement>(null);
  useEffect(() => {
    if (id !== topics[0]?.id) focused.current?.scrollIntoView?.({ block: "start" });
  }, [id, topics]);
  return (
    <>
      {topics.map((topic) => {
        const body = (
          <>
            {topic.text.length === 1 ? (
              <p>{topic.text[0]}</p>
            ) : (
              <ul className="text-list">
                {topic.text.map((item) => (
                  <li key={item}>{item}</li>
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
            <h2 id={`topic-${topic.id}`}>{topic.title}</h2>
            {topic.practitioner ? (
              <details className="clinical" open={practitioner || topic.id === id}>
                <summary>For practitioners</summary>
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
