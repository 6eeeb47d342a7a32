import { registerSW } from "virtual:pwa-register";
import { useAppUpdate } from "../state/appUpdate";

/** How long after load the worker registers even if the scene never gets ready (no WebGL, model failed). */
const FALLBACK_DELAY_MS = 8000;
/** How often an open app asks the server for a new version (browsers also ask on every visit). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Lets the waiting version take over, then reloads into it (workbox-window reloads by itself only for updates found on a later visit). */
function applyUpdate(skipWaiting: () => Promise<void>): void {
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
  void skipWaiting();
}

/** Registers the service worker that precaches the app; a new version then waits for the user's "Reload". */
function register(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => useAppUpdate.setState({ apply: () => applyUpdate(update) }),
    onRegisteredSW: (_url, registration) => {
      if (registration) window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    onRegisterError: () => undefined,
  });
}

/**
 * Registers the service worker once the first view is drawn, so precaching every file never
 * competes with the first load. Production builds only (the dev server has no worker).
 */
export function registerServiceWorkerAfterStart(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    register();
  };
  const observer = new MutationObserver(() => {
    if (document.documentElement.dataset.sceneReady === "true") once();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-scene-ready"] });
  window.setTimeout(once, FALLBACK_DELAY_MS);
}
