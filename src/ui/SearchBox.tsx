import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { SafetyTopic } from "../domain/queries/safetyTopics";
import type { SearchIndex, SearchResult } from "../domain/search/searchIndex";
import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { LocalText } from "./LocalText";

/**
 * Search over muscles, regions, places on the body, conditions, symptoms and the dry-needling
 * safety text (exact and word matches first, then typo-tolerant ones); `/` focuses it, Enter opens
 * the top result. The index (and its search library) loads after the first view; an Enter pressed
 * before it is there picks the top result as soon as it is. It searches the chosen language and
 * the English and Latin names alike, without regard to accents.
 */
export function SearchBox() {
  const { t } = useText();
  const dataset = useDataset();
  const { english } = useLocalization();
  const select = useAppStore((s) => s.select);
  const [index, setIndex] = useState<SearchIndex | "failed" | null>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const enterPending = useRef(false);
  const listId = useId();
  const results = useMemo(() => (index && index !== "failed" ? index.search(query) : []), [index, query]);

  useEffect(() => {
    let current = true;
    import("../domain/search/searchIndex")
      .then((module) => {
        if (!current) return;
        const topicText = (topic: SafetyTopic) => ({
          title: t(`topics.${topic.id}` as "topics.session", topic.title),
          keywords: t(`topicKeywords.${topic.id}` as "topicKeywords.session", topic.keywords.join(", ")).split(", "),
        });
        setIndex(module.createSearchIndex(dataset, { english, topicText }));
      })
      .catch(() => current && setIndex("failed"));
    return () => {
      current = false;
    };
  }, [dataset, english, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable='true']");
      if (event.key === "/" && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    select(result.opens);
    setQuery("");
    setActive(0);
  };

  useEffect(() => {
    if (!enterPending.current || !index) return;
    enterPending.current = false;
    const top = results[0];
    if (!top) return;
    select(top.opens);
    setQuery("");
    setActive(0);
  }, [index, results, select]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && !index) enterPending.current = true;
    else if (event.key === "Enter") choose(results[active] ?? results[0]);
    else if (event.key === "ArrowDown") setActive((a) => Math.min(a + 1, results.length - 1));
    else if (event.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
    else if (event.key === "Escape") setQuery("");
    else return;
    event.preventDefault();
  };

  return (
    <search className="search">
      <input
        ref={input}
        type="search"
        aria-label={t("search.label")}
        placeholder={index === "failed" ? t("search.failed") : t("search.placeholder")}
        value={query}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results.length ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {results.length > 0 && (
        <div className="search-results" id={listId} role="listbox" aria-label={t("search.results")}>
          {results.map((result, i) => (
            <div
              key={`${result.kind}:${result.id}`}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(result);
              }}
            >
              <span>
                <LocalText text={result.label} />
                {result.detail && <span className="detail"> · {result.detail}</span>}
              </span>
              <span className="tag">{t(`kind.${result.kind}`)}</span>
            </div>
          ))}
        </div>
      )}
    </search>
  );
}
