import { useEffect, useRef } from "react";
import { useText } from "../../i18n/useText";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";
import { selectionName } from "../selectionName";
import { leaveFullscreen } from "./fullscreen";
import { PresentationCaption } from "./PresentationCaption";

const NEXT_KEYS = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const PREVIOUS_KEYS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);
/** A swipe over the caption: at least this far sideways (pixels), and mostly sideways. */
const SWIPE = { distance: 50, slope: 0.6 };
/** The CSS variable holding the caption's height, so the 3D view fills the window above it. */
const CAPTION_HEIGHT = "--presentation-caption";
/** How long the layout settles after a resize before the camera frames the muscle again, ms. */
const REFRAME_DELAY_MS = 120;

/**
 * The chairside presentation: the 3D view fills the window (full screen where allowed) with the
 * selected muscle's pattern and numbered trigger points, under a large caption and big previous /
 * next buttons; arrow keys, Page Up / Down, Space and a sideways swipe over the caption step through the
 * muscles (a drag on the body still turns it),
 * Esc (or leaving full screen) ends it and returns to the panel it was started from; a selection
 * made otherwise (back and forward) ends it where it is.
 */
export function PresentationView() {
  const { t } = useText();
  const dataset = useDataset();
  const presentation = useAppStore((s) => s.presentation);
  const step = useAppStore((s) => s.stepPresentation);
  const end = useAppStore((s) => s.endPresentation);
  const dialog = useRef<HTMLDivElement>(null);
  const caption = useRef<HTMLDivElement>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const presenting = presentation !== null;

  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.classList.add("presenting");
    dialog.current?.focus();
    const state = () => useAppStore.getState();
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === " " && event.target instanceof HTMLButtonElement) return;
      if (event.key === "Escape") state().endPresentation();
      else if (NEXT_KEYS.has(event.key)) state().stepPresentation(1);
      else if (PREVIOUS_KEYS.has(event.key)) state().stepPresentation(-1);
      else return;
      event.preventDefault();
    };
    let wasFullscreen = document.fullscreenElement !== null;
    const onFullscreen = () => {
      if (wasFullscreen && !document.fullscreenElement) state().endPresentation();
      wasFullscreen = document.fullscreenElement !== null;
    };
    let timer: number | undefined;
    const viewer = document.querySelector(".viewer");
    const observer = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => state().showMuscle("pattern"), REFRAME_DELAY_MS);
    });
    if (viewer) observer.observe(viewer);
    const captionSize = new ResizeObserver(() => {
      root.style.setProperty(CAPTION_HEIGHT, `${caption.current?.offsetHeight ?? 0}px`);
    });
    if (caption.current) captionSize.observe(caption.current);
    const unsubscribe = useAppStore.subscribe((s) => {
      const p = s.presentation;
      const shown = p?.muscles[p.index];
      if (p && !(s.selection?.kind === "muscle" && s.selection.id === shown))
        useAppStore.setState({ presentation: null });
    });
    window.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      root.classList.remove("presenting");
      root.style.removeProperty(CAPTION_HEIGHT);
      captionSize.disconnect();
      unsubscribe();
      window.clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreen);
      leaveFullscreen();
    };
  }, [presenting]);

  if (!presentation) return null;
  const muscle = dataset.muscleById.get(presentation.muscles[presentation.index] ?? "");
  if (!muscle) return null;
  const of =
    presentation.returnTo && presentation.returnTo.kind !== "muscle"
      ? selectionName(dataset, presentation.returnTo, t)
      : null;
  const last = presentation.muscles.length - 1;
  return (
    <div
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t("present.dialog")}
      aria-describedby="presentation-name"
      tabIndex={-1}
      ref={dialog}
    >
      <button type="button" className="presentation-close" onClick={end}>
        {t("present.close")}
      </button>
      <button
        type="button"
        className="presentation-step presentation-previous"
        aria-label={t("present.previous")}
        disabled={presentation.index === 0}
        onClick={() => step(-1)}
      >
        ‹
      </button>
      <button
        type="button"
        className="presentation-step presentation-next"
        aria-label={t("present.next")}
        disabled={presentation.index === last}
        onClick={() => step(1)}
      >
        ›
      </button>
      <div
        className="presentation-caption"
        ref={caption}
        onPointerDown={(event) => {
          swipe.current = { x: event.clientX, y: event.clientY };
        }}
        onPointerUp={(event) => {
          const from = swipe.current;
          swipe.current = null;
          if (!from) return;
          const dx = event.clientX - from.x;
          if (Math.abs(dx) >= SWIPE.distance && Math.abs(event.clientY - from.y) <= Math.abs(dx) * SWIPE.slope) {
            step(dx < 0 ? 1 : -1);
          }
        }}
      >
        <PresentationCaption muscle={muscle} index={presentation.index} count={presentation.muscles.length} of={of} />
      </div>
    </div>
  );
}
