/** The clinic's booking, as given by `book=`: a link only for http(s) addresses, plain text otherwise. */
export type Booking = { kind: "link"; href: string } | { kind: "text"; text: string };

/** How the explorer is shown inside another site's iframe (`?embed=1`). */
export interface EmbedOptions {
  /** The clinic's name from `clinic=`, as plain text, or null. */
  clinic: string | null;
  /** The clinic's booking page from `book=`, or null. */
  booking: Booking | null;
}

/** Query parameters that belong to the embedding page: every rewrite of the URL keeps them. */
export const EMBED_PARAMS = ["embed", "clinic", "book"] as const;

const MAX_NAME = 80;
const MAX_URL = 500;

/** Trims, drops control characters and caps the length of text taken from a link. */
function plain(text: string | null, max: number): string | null {
  if (text === null) return null;
  let clean = "";
  for (const char of text) if (char >= " " && char !== "\u007f") clean += char;
  clean = clean.trim().slice(0, max);
  return clean.length > 0 ? clean : null;
}

function bookingOf(value: string | null): Booking | null {
  const text = plain(value, MAX_URL);
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol === "https:" || url.protocol === "http:") return { kind: "link", href: url.href };
  } catch {
    // Not an absolute URL: shown as text below.
  }
  return { kind: "text", text };
}

/** Reads the embed options from a query string; null unless it says `embed=1`. */
export function readEmbedOptions(search: string): EmbedOptions | null {
  const params = new URLSearchParams(search);
  if (params.get("embed") !== "1") return null;
  return { clinic: plain(params.get("clinic"), MAX_NAME), booking: bookingOf(params.get("book")) };
}

/** `search` (the app's own state, e.g. `?region=neck`) with the embed parameters of `current` kept. */
export function keepEmbedParams(search: string, current: string): string {
  const kept = new URLSearchParams(current);
  const params = new URLSearchParams(search);
  for (const name of EMBED_PARAMS) {
    const value = kept.get(name);
    if (value !== null) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
