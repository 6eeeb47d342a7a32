import { useState } from "react";
import { useAppStore } from "../state/store";

/** Paint or erase, brush size, clear, stop painting, and a link to share the drawing. */
export function PainTools() {
  const tool = useAppStore((s) => s.painTool);
  const radius = useAppStore((s) => s.brushRadius);
  const painMode = useAppStore((s) => s.painMode);
  const count = useAppStore((s) => s.painSpots.length);
  const { setPainTool, setBrushRadius, clearPain, setPainMode } = useAppStore.getState();
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href);
    setCopied(true);
  };
  return (
    <fieldset className="pain-tools" aria-label="Pain drawing tools">
      <button type="button" aria-pressed={painMode} onClick={() => setPainMode(!painMode)}>
        {painMode ? "Painting: on" : "Paint where it hurts"}
      </button>
      <fieldset className="segmented">
        <legend>Tool</legend>
        <button type="button" aria-pressed={tool === "paint"} onClick={() => setPainTool("paint")}>
          Paint
        </button>
        <button type="button" aria-pressed={tool === "erase"} onClick={() => setPainTool("erase")}>
          Erase
        </button>
      </fieldset>
      <label>
        Brush size
        <input
          type="range"
          min={0.005}
          max={0.05}
          step={0.005}
          value={radius}
          onChange={(e) => setBrushRadius(Number(e.target.value))}
        />
        <span>{Math.round(radius * 200)} cm</span>
      </label>
      <button type="button" onClick={clearPain} disabled={count === 0}>
        Clear
      </button>
      <button type="button" onClick={copyLink} disabled={count === 0}>
        {copied ? "Link copied" : "Copy link for your practitioner"}
      </button>
    </fieldset>
  );
}
