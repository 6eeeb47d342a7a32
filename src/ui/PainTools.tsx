import { useState } from "react";
import { useText } from "../i18n/useText";
import { BRUSH_RADIUS_RANGE } from "../state/preferences";
import { useAppStore } from "../state/store";
import { currentLink } from "../state/useUrlSync";

/**
 * The drawing's tools in the panel: start painting (paint, erase and "Done" then sit on the body's
 * view, as one control), brush size, clear, and a link to share the drawing.
 */
export function PainTools() {
  const { t } = useText();
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
    <fieldset className="pain-tools" aria-label={t("pain.tools")}>
      {!painMode && (
        <button type="button" className="done-button" onClick={() => setPainMode(true)}>
          {count === 0 ? t("pain.startPainting") : t("pain.paintMore")}
        </button>
      )}
      <label>
        {t("pain.brushSize")}
        <input
          type="range"
          min={BRUSH_RADIUS_RANGE.min}
          max={BRUSH_RADIUS_RANGE.max}
          step={0.005}
          value={radius}
          aria-valuetext={t("pain.brushAcross", { size: Math.round(radius * 200) })}
          onChange={(e) => setBrushRadius(Number(e.target.value))}
        />
        <span>{t("pain.brushCm", { size: Math.round(radius * 200) })}</span>
      </label>
      <button type="button" onClick={clearPain} disabled={count === 0}>
        {t("pain.clear")}
      </button>
      <button type="button" onClick={copyLink} disabled={count === 0}>
        {copied === "yes" ? t("pain.linkCopied") : t("pain.copyLink")}
      </button>
      {copied === "failed" && (
        <input className="share-link" readOnly value={currentLink()} aria-label={t("pain.linkField")} />
      )}
    </fieldset>
  );
}
