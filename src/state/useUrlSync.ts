import { useEffect } from "react";
import type { Dataset } from "../domain/datasetTypes";
import { useAppStore } from "./store";
import { decodeUrlState, encodeUrlState, type UrlState } from "./urlState";

function currentUrlState(): UrlState {
  const { selection, view, layers, xray, isolate, sides, audience, painSpots, painMode } = useAppStore.getState();
  return { selection, view, layers, xray, isolate, sides, audience, painSpots, painMode };
}

function applyUrl(dataset: Dataset): void {
  const { state, problems } = decodeUrlState(window.location.search, dataset);
  useAppStore.setState({ ...state, notice: problems.length ? problems.join(" ") : null });
}

/**
 * Keeps the URL and the store in step: opening a link restores its state, a new selection pushes a
 * history entry (so back and forward walk the selections) and view changes replace the current one.
 */
export function useUrlSync(dataset: Dataset): void {
  useEffect(() => {
    applyUrl(dataset);
    if (useAppStore.getState().notice) {
      window.history.replaceState(null, "", `${window.location.pathname}${encodeUrlState(currentUrlState())}`);
    }
    const onPopState = () => applyUrl(dataset);
    window.addEventListener("popstate", onPopState);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const search = encodeUrlState(currentUrlState());
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}`;
      if (state.selection !== previous.selection) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    });
    return () => {
      window.removeEventListener("popstate", onPopState);
      unsubscribe();
    };
  }, [dataset]);
}
