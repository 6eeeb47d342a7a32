/** The languages of the interface, English first (the language of the dataset as written). */
export const LANGUAGES = ["en", "es", "de"] as const;

/** A language of the interface: a BCP-47 primary tag. */
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the language menu lists it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", es: "Español", de: "Deutsch" };

/** True for a language the interface speaks. */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, e.g. `["de-AT", "en"]`) the
 * interface speaks, by primary tag; English when none is.
 */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return "en";
}

/**
 * The language to open in: the link's `lang=` if valid, else the one chosen earlier on this device,
 * else the browser's (`navigator.languages`), else English. (A bad `lang=` gets its notice from the link's decoding.)
 */
export function pickStartLanguage(
  search: string,
  stored: Language | undefined,
  preferred: readonly string[],
): Language {
  const fromLink = new URLSearchParams(search).get("lang");
  if (isLanguage(fromLink)) return fromLink;
  return stored ?? matchLanguage(preferred);
}
