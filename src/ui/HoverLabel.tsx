import { useEffect, useRef, useState } from "react";
import { parseInstanceKey } from "../domain/referral/muscleInstances";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** Names what the pointer is over in the 3D view (a muscle, or a region of the skin), next to the pointer. */
export function HoverLabel() {
  const { t } = useText();
  const dataset = useDataset();
  const hover = useAppStore((s) => s.hover);
  const label = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const shown = hover !== null;
  useEffect(() => {
    const area = label.current?.parentElement;
    if (!area || !shown) return;
    const onMove = (event: PointerEvent) => {
      const box = area.getBoundingClientRect();
      setAt({ x: event.clientX - box.left, y: event.clientY - box.top });
    };
    area.addEventListener("pointermove", onMove);
    return () => area.removeEventListener("pointermove", onMove);
  }, [shown]);
  let text: string | undefined;
  if (hover?.kind === "region") text = dataset.regionById.get(hover.id)?.name;
  else if (hover) {
    const { muscleId, side } = parseInstanceKey(hover.key);
    const name = dataset.muscleById.get(muscleId)?.name;
    text = name && (side === "midline" ? name : `${name} (${t(`side.${side}`)})`);
  }
  return (
    <div
      ref={label}
      className="hover-label"
      aria-hidden="true"
      hidden={!text}
      style={at ? { left: at.x + 16, top: at.y + 18 } : undefined}
    >
      {text}
    </div>
  );
}
