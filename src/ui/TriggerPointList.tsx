import { useEffect, useRef } from "react";
import type { TriggerPoint } from "../domain/schema/triggerPointSchema";
import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";

/**
 * The numbered trigger points of a muscle, numbered as their X markers on the body. The one whose
 * marker was pressed is highlighted and scrolled into view; pressing an entry highlights its marker.
 * `lang="en"` marks their (untranslated) text in other languages.
 */
export function TriggerPointList({ points, lang }: { points: readonly TriggerPoint[]; lang?: "en" }) {
  const { t } = useText();
  const focused = useAppStore((s) => s.focusedTriggerPoint);
  const focus = useAppStore((s) => s.focusTriggerPoint);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focused) list.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: "nearest" });
  }, [focused]);
  return (
    <ol className="tp-list" ref={list}>
      {points.map((tp, i) => (
        <li key={tp.id} aria-current={focused === tp.id ? "true" : undefined}>
          <button
            type="button"
            className="tp-number"
            aria-label={t("muscle.showTriggerPoint", { number: i + 1 })}
            aria-pressed={focused === tp.id}
            onClick={() => focus(focused === tp.id ? null : tp.id)}
          >
            {i + 1}
          </button>
          <span lang={lang}>
            <strong>{tp.name}.</strong> {tp.description}
          </span>
        </li>
      ))}
    </ol>
  );
}
