import { useState } from "react";
import { BRUSH_RADIUS_RANGE } from "../state/preferences";
import { useAppStore } from "../state/store";
import { currentLink } from "../state/useUrlSync";

/**
 * The drawing's tools in the panel: start painting (paint, erase and "Done" then sit on the body's
 * view, as one control), brush size, clear, and a link to share the drawing.
 */
export function PainTools() {
  const radius = useAppStore((s) => s.brushRadius);
  const painMode = useAppStore((s) => s.painMode);
  const count = useAppStore((s) => s.painSpots.length);
  const { setBrushRadius, clearPain, setPainMode } = useAppStore.getState();
  const [copiedAt, setCopiedAt] = useState<{ count: number; ok: boolean } | null>(null);
  const copied = copiedAt?.count !== count ? "no" : copiedAt.ok ? "yes" : "failed";
  const setCopied = (result: "yes" | "failed") => setCopiedAt({ count, ok: result === "yes" });
  const copyLink = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(currentLink());
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <fieldset className="pain-tools" aria-label="Pain drawing tools">
      {!painMode && (
        <button type="button" className="done-button" onClick={() => setPainMode(true)}>
          {count === 0 ? "Start painting" : "Paint more"}
        </button>
      )}
      <label>
        Brush size
        <input
          type="range"
          min={BRUSH_RADIUS_RANGE.min}
          max={BRUSH_RADIUS_RANGE.max}
          step={0.005}
          value={radius}
          aria-valuetext={`${Math.round(radius * 200)} centimetres across`}
          onChange={(e) => setBrushRadius(Number(e.target.value))}
        />
        <span>{Math.round(radius * 200)} cm</span>
      </label>
      <button type="button" onClick={clearPain} disabled={count === 0}>
        Clear
      </button>
      <button type="button" onClick={copyLink} disabled={count === 0}>
        {copied === "yes" ? "Link copied" : "Copy link for your practitioner"}
      </button>
      {copied === "failed" && (
        <input className="share-link" readOnly value={currentLink()} aria-label="Link to this drawing" />
      )}
    </fieldset>
  );
}
