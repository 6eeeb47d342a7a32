import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { SearchIndex, SearchResult } from "../domain/search/searchIndex";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

const kindLabel = {
  muscle: "Muscle",
  region: "Region",
  condition: "Condition",
  place: "Place",
  topic: "Dry needling",
} as const;

/**
 * Search over muscles, regions, places on the body, conditions, symptoms and the dry-needling
 * safety text (exact and word matches first, then typo-tolerant ones); `/` focuses it, Enter opens
 * the top result. The index (and its search library) loads after the first view; an Enter pressed
 * before it is there picks the top result as soon as it is.
 */
export function SearchBox() {
  const dataset = useDataset();
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
      .then((module) => current && setIndex(module.createSearchIndex(dataset)))
      .catch(() => current && setIndex("failed"));
    return () => {
      current = false;
    };
  }, [dataset]);

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
        aria-label="Search"
        placeholder={
          index === "failed"
            ? "Search could not load: reload the app to use it"
            : "Search muscles, places, conditions, symptoms  ( / )"
        }
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
        <div className="search-results" id={listId} role="listbox" aria-label="Search results">
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
                {result.label}
                {result.detail && <span className="detail"> · {result.detail}</span>}
              </span>
              <span className="tag">{kindLabel[result.kind]}</span>
            </div>
          ))}
        </div>
      )}
    </search>
  );
}
