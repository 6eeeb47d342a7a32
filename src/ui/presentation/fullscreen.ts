/**
 * Asks for full screen (the Fullscreen API) when the page may have it; the presentation's
 * full-window layout shows either way. Call it from the click that starts presenting.
 */
export function enterFullscreen(): void {
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Leaves full screen if the page is in it. */
export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}
