import { SKIN_PARTS } from "../domain/bodyParts/bodyParts";
import type { Dataset } from "../domain/datasetTypes";
import { safetyTopics } from "../domain/queries/safetyTopics";
import { i18n } from "../i18n/i18n";
import { isLanguage, LANGUAGE_NAMES, type Language } from "../i18n/languages";
import { MAX_PAIN_SPOTS, type PainSpot } from "./painSlice";
import { AUDIENCES, type Layers, type Selection } from "./selectionTypes";
import { defaultViewState, type ViewState } from "./viewState";

/** The part of the state a link carries. */
export interface UrlState extends ViewState {
  /** The selection, or null. */
  selection: Selection | null;
  /** The pain drawing (body frame, metres, with skin parts). */
  painSpots: PainSpot[];
  /** Whether the canvas paints pain. */
  painMode: boolean;
  /**
   * The language the link names (`lang=`); absent when it names none, so the stored choice or the
   * browser's language applies. English is left out of links, as the default.
   */
  language?: Language;
}

/**
 * Spots as millimetre triples plus the skin part code, `x.y.z.p`, joined by `_` (characters a URL
 * keeps as they are); a spot of unknown part is written `x.y.z`.
 */
export function encodePainSpots(spots: readonly PainSpot[]): string {
  return spots
    .map(({ position, part }) => {
      const mm = position.map((v) => Math.round(v * 1000));
      return (part >= 0 ? [...mm, part] : mm).join(".");
    })
    .join("_");
}

/** Reads spots written by `encodePainSpots` (older `x.y.z` links give spots of unknown part); null when unreadable. */
export function decodePainSpots(text: string): PainSpot[] | null {
  const spots: PainSpot[] = [];
  for (const item of text.split("_").filter(Boolean)) {
    const match = /^(-?\d{1,4})\.(-?\d{1,4})\.(-?\d{1,4})(?:\.(\d))?$/.exec(item);
    if (!match) return null;
    const part = match[4] === undefined ? -1 : Number(match[4]);
    if (part >= SKIN_PARTS.length) return null;
    spots.push({ position: [Number(match[1]) / 1000, Number(match[2]) / 1000, Number(match[3]) / 1000], part });
  }
  return spots.slice(0, MAX_PAIN_SPOTS);
}

/** A decoded link, with what could not be understood in it (the rest still applies). */
export interface DecodedUrl {
  /** The state the link describes, with defaults wherever it said nothing usable. */
  state: UrlState;
  /** Plain-language problems, e.g. `No muscle called "foo": showing the start view.` */
  problems: string[];
}

const layerNames = ["skin", "superficial", "intermediate", "deep", "bones"] as const;
const views = ["front", "back", "left", "right"] as const;

/** Encodes the shareable state as a query string (defaults left out, so links stay short). */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const s = state.selection;
  if (s) {
    params.set(s.kind, s.id);
    if (s.kind === "muscle" && s.side) params.set("side", s.side);
  }
  if (state.view !== defaultViewState.view) params.set("view", state.view);
  const shown = layerNames.filter((name) => state.layers[name]);
  if (shown.join() !== layerNames.filter((n) => defaultViewState.layers[n]).join())
    params.set("layers", shown.join(","));
  if (state.xray) params.set("xray", "1");
  if (state.isolate) params.set("isolate", "1");
  if (state.sides !== "both") params.set("sides", state.sides);
  if (state.audience !== defaultViewState.audience) params.set("for", state.audience);
  if (state.painMode) params.set("paint", "1");
  if (state.painSpots.length > 0) params.set("pain", encodePainSpots(state.painSpots));
  if (state.language && state.language !== "en") params.set("lang", state.language);
  const text = params.toString();
  return text ? `?${text}` : "";
}

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}

function decodeSelection(params: URLSearchParams, dataset: Dataset, problems: string[]): Selection | null {
  const muscle = params.get("muscle");
  const region = params.get("region");
  const condition = params.get("condition");
  const topic = params.get("topic");
  if (muscle !== null) {
    const id = dataset.muscleById.has(muscle) ? muscle : dataset.muscleIdByFormerId.get(muscle);
    if (id !== undefined) {
      const side = oneOf(params.get("side"), ["left", "right"] as const);
      return side ? { kind: "muscle", id, side } : { kind: "muscle", id };
    }
    problems.push(i18n.t("link.muscle", { id: muscle }));
  } else if (region !== null) {
    if (dataset.regionById.has(region)) return { kind: "region", id: region };
    problems.push(i18n.t("link.region", { id: region }));
  } else if (condition !== null) {
    if (dataset.conditionById.has(condition)) return { kind: "condition", id: condition };
    problems.push(i18n.t("link.condition", { id: condition }));
  } else if (topic !== null) {
    if (safetyTopics(dataset.safety).some((t) => t.id === topic)) return { kind: "topic", id: topic };
    problems.push(i18n.t("link.topic", { id: topic }));
  }
  return null;
}

function decodeLayers(value: string | null, problems: string[]): Layers {
  if (value === null) return { ...defaultViewState.layers };
  const names = value.split(",").filter(Boolean);
  const unknown = names.filter((n) => !oneOf(n, layerNames));
  if (unknown.length) problems.push(i18n.t("link.layers", { names: unknown.join(", ") }));
  return Object.fromEntries(layerNames.map((n) => [n, names.includes(n)])) as unknown as Layers;
}

/** The language the interface speaks now (the fallback for a link naming an unknown one). */
const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : "en");

/** Decodes a query string against the dataset; anything invalid falls back to the default with a problem noted. */
export function decodeUrlState(search: string, dataset: Dataset): DecodedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const view = params.get("view");
  const sides = params.get("sides");
  const audience = params.get("for");
  if (view !== null && !oneOf(view, views)) problems.push(i18n.t("link.view", { value: view }));
  if (sides !== null && !oneOf(sides, ["both", "left", "right"] as const)) {
    problems.push(i18n.t("link.sides", { value: sides }));
  }
  if (audience !== null && !oneOf(audience, AUDIENCES)) {
    problems.push(i18n.t("link.audience", { value: audience }));
  }
  const pain = params.get("pain");
  const painSpots = pain ? decodePainSpots(pain) : [];
  if (!painSpots) problems.push(i18n.t("link.pain"));
  const lang = params.get("lang");
  if (lang !== null && !isLanguage(lang)) {
    problems.push(i18n.t("link.language", { value: lang, language: LANGUAGE_NAMES[currentLanguage()] }));
  }
  const state: UrlState = {
    selection: decodeSelection(params, dataset, problems),
    view: oneOf(view, views) ?? defaultViewState.view,
    layers: decodeLayers(params.get("layers"), problems),
    xray: params.get("xray") === "1",
    isolate: params.get("isolate") === "1",
    sides: oneOf(sides, ["both", "left", "right"] as const) ?? "both",
    audience: oneOf(audience, AUDIENCES) ?? defaultViewState.audience,
    painSpots: painSpots ?? [],
    painMode: params.get("paint") === "1",
    ...(isLanguage(lang) ? { language: lang } : {}),
  };
  return { state, problems };
}
