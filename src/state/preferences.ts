import { isLanguage, type Language } from "../i18n/languages";
import { AUDIENCES, type Audience } from "./selectionTypes";

/** What the app remembers on this device between visits (never sent anywhere). */
export interface Preferences {
  /** Who the panel speaks to, used when a link does not say. */
  audience: Audience;
  /** Pain brush radius in metres. */
  brushRadius: number;
  /** The language last chosen on this device (absent until one is: the browser's language applies). */
  language?: Language;
}

/** The localStorage key; the version in it changes when the stored shape does. */
export const PREFERENCES_KEY = "trigger-point-explorer/preferences/v1";

/** Brush radii the pain tools offer, in metres. */
export const BRUSH_RADIUS_RANGE = { min: 0.005, max: 0.05 } as const;

/** What was found in storage: nothing, valid preferences, or something unreadable (which is reset). */
export type StoredPreferences =
  | { kind: "none" }
  | { kind: "ok"; preferences: Preferences }
  | { kind: "corrupt"; reason: string };

function parse(text: string): StoredPreferences {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "corrupt", reason: "not JSON" };
  }
  if (typeof value !== "object" || value === null) return { kind: "corrupt", reason: "not an object" };
  const { audience, brushRadius, language } = value as Record<string, unknown>;
  const known = AUDIENCES.find((a) => a === audience);
  if (!known) return { kind: "corrupt", reason: "unknown audience" };
  if (
    typeof brushRadius !== "number" ||
    !(brushRadius >= BRUSH_RADIUS_RANGE.min && brushRadius <= BRUSH_RADIUS_RANGE.max)
  ) {
    return { kind: "corrupt", reason: "brush size out of range" };
  }
  if (language !== undefined && !isLanguage(language)) return { kind: "corrupt", reason: "unknown language" };
  return { kind: "ok", preferences: { audience: known, brushRadius, ...(language ? { language } : {}) } };
}

/**
 * Reads the stored preferences; anything unreadable is removed from storage so the next visit
 * starts clean. Storage that throws (disabled, sandboxed frames) reads as nothing stored.
 */
export function readPreferences(storage: Storage | undefined): StoredPreferences {
  try {
    const text = storage?.getItem(PREFERENCES_KEY);
    if (text === null || text === undefined) return { kind: "none" };
    const found = parse(text);
    if (found.kind === "corrupt") storage?.removeItem(PREFERENCES_KEY);
    return found;
  } catch {
    return { kind: "none" };
  }
}

/** Stores the preferences; quietly does nothing where storage is unavailable or full. */
export function writePreferences(storage: Storage | undefined, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Private modes and sandboxed frames may refuse storage: the app works without it.
  }
}

/**
 * The language stored on this device, if any and valid; leaves storage untouched (`readPreferences`
 * reports and resets anything unreadable). Read before the first render, so the app opens in it.
 */
export function storedLanguage(storage: Storage | undefined): Language | undefined {
  try {
    const text = storage?.getItem(PREFERENCES_KEY);
    if (!text) return undefined;
    const found = parse(text);
    return found.kind === "ok" ? found.preferences.language : undefined;
  } catch {
    return undefined;
  }
}
