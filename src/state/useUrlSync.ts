import { useEffect } from "react";
import type { Dataset } from "../domain/datasetTypes";
import { keepEmbedParams } from "./embedOptions";
import { type AppState, useAppStore } from "./store";
import { decodeUrlState, encodeUrlState, type UrlState } from "./urlState";

/** The store fields a link carries; changes to any other field never touch the URL. */
const urlFields = [
  "selection",
  "view",
  "layers",
  "xray",
  "isolate",
  "sides",
  "audience",
  "painSpots",
  "painMode",
  "language",
] as const;

/** The shareable part of the current state. */
export function currentUrlState(state: AppState = useAppStore.getState()): UrlState {
  const { selection, view, layers, xray, isolate, sides, audience, painSpots, painMode, language } = state;
  return { selection, view, layers, xray, isolate, sides, audience, painSpots, painMode, language };
}

/** The full link to the current state, e.g. for "copy link". */
export function currentLink(): string {
  return `${window.location.origin}${window.location.pathname}${encodeUrlState(currentUrlState())}`;
}

/** How long view and drawing changes wait before they are written into the URL (a stroke writes once). */
const REPLACE_DELAY_MS = 250;

/**
 * Keeps the URL and the store in step: opening a link restores its state (rewritten in canonical
 * form, with a notice for anything not understood), a new selection pushes a history entry (so back
 * and forward walk the selections), a new language replaces the current entry at once, other
 * shareable changes replace it debounced.
 */
export function useUrlSync(dataset: Dataset): void {
  useEffect(() => {
    let applying = false;
    let timer: number | undefined;
    const write = (push: boolean) => {
      const search = keepEmbedParams(encodeUrlState(currentUrlState()), window.location.search);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}`;
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    };
    const applyUrl = () => {
      const { state, problems } = decodeUrlState(window.location.search, dataset);
      applying = true;
      try {
        useAppStore.setState(problems.length ? { ...state, notice: problems.join(" ") } : state);
      } finally {
        applying = false;
      }
      write(false);
    };
    applyUrl();
    window.addEventListener("popstate", applyUrl);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (applying || urlFields.every((field) => state[field] === previous[field])) return;
      window.clearTimeout(timer);
      if (state.selection !== previous.selection) write(true);
      else if (state.language !== previous.language) write(false);
      else timer = window.setTimeout(() => write(false), REPLACE_DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("popstate", applyUrl);
      unsubscribe();
    };
  }, [dataset]);
}
