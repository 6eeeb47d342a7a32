import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { localizeDataset } from "../../src/domain/i18n/localizeDataset";
import { validateAllTranslations } from "../../src/domain/i18n/validateAllTranslations";
import { createSearchIndex } from "../../src/domain/search/searchIndex";
import { loadDataset } from "../../src/domain/validateDataset";
import { i18n } from "../../src/i18n/i18n";
import { matchLanguage, pickStartLanguage } from "../../src/i18n/languages";
import { PREFERENCES_KEY, storedLanguage } from "../../src/state/preferences";
import { decodeUrlState, encodeUrlState, type UrlState } from "../../src/state/urlState";
import { defaultViewState } from "../../src/state/viewState";

const files = readDatasetFiles();
const english = loadDataset(files);
const { translations } = validateAllTranslations(english, files.translations ?? []);
const base: UrlState = { ...defaultViewState, selection: null, painSpots: [], painMode: false };

/** A one-key storage holding `text` as the stored preferences. */
function storageWith(text: string): Storage {
  const items = new Map([[PREFERENCES_KEY, text]]);
  return { getItem: (key: string) => items.get(key) ?? null } as Storage;
}

describe("languages", () => {
  it("carry lang= in links (English, the default, left out) and note an unknown one", () => {
    expect(encodeUrlState({ ...base, language: "de", selection: { kind: "region", id: "knee" } })).toBe(
      "?region=knee&lang=de",
    );
    expect(encodeUrlState({ ...base, language: "en" })).toBe("");
    expect(decodeUrlState("?lang=es", english)).toEqual({ state: { ...base, language: "es" }, problems: [] });
    expect(decodeUrlState("", english).state).not.toHaveProperty("language");
    const bad = decodeUrlState("?lang=fr&region=knee", english);
    expect(bad.state).not.toHaveProperty("language");
    expect(bad.state.selection).toEqual({ kind: "region", id: "knee" });
    expect(bad.problems).toEqual(['Unknown language "fr" in the link: showing English.']);
  });

  it("open in the link's language, else the stored one, else the browser's, else English", () => {
    expect(pickStartLanguage("?lang=de", "es", ["es-MX"])).toBe("de");
    expect(pickStartLanguage("?lang=zz", "es", ["de-DE"])).toBe("es");
    expect(pickStartLanguage("", undefined, ["fr-FR", "de-AT", "es"])).toBe("de");
    expect(pickStartLanguage("", undefined, ["fr-FR"])).toBe("en");
    expect(matchLanguage(["ES-419"])).toBe("es");
    const stored = (language: unknown) =>
      storedLanguage(storageWith(JSON.stringify({ audience: "patient", brushRadius: 0.02, language })));
    expect(stored("de")).toBe("de");
    expect(stored(undefined)).toBeUndefined();
    expect(stored("klingon")).toBeUndefined();
    expect(storedLanguage(storageWith("{not json"))).toBeUndefined();
  });

  it("count and format numbers through Intl in each language", () => {
    const count = 1234;
    expect(i18n.getFixedT("en")("start.allMuscles", { count })).toBe("All 1,234 muscles, A to Z");
    expect(i18n.getFixedT("de")("start.allMuscles", { count })).toBe("Alle 1.234 Muskeln von A bis Z");
    expect(i18n.getFixedT("es")("pain.howRanked", { count: 1 })).toMatch(/^Su dibujo tiene 1 punto\./);
    expect(i18n.getFixedT("es")("pain.howRanked", { count: 3 })).toMatch(/^Su dibujo tiene 3 puntos\./);
    expect(i18n.getFixedT("de")("viewer.megabytes", { size: 2.345 })).toBe("2,3 MB");
    expect(i18n.getFixedT("de")("study.inDays", { count: 1 })).toBe("morgen");
    expect(i18n.getFixedT("es")("study.inMinutes", { count: 10 })).toBe("dentro de 10 minutos");
    expect(i18n.getFixedT("en")("study.quizRegion", { region: "Upper back" })).toBe("Quiz me on the upper back");
  });

  it.each([
    ["es", ["trapecio", "TRAPÉCIO", "Trapecio superior", "trapezius", "Musculus trapezius"]],
    ["de", ["Trapezmuskel", "oberer trapezmuskel", "trapezius", "Upper trapezius", "kapuzenmuskel"]],
  ])("search in %s finds the upper trapezius first by its own, English and Latin names", (lang, queries) => {
    const { dataset } = localizeDataset(english, translations[lang], lang);
    const index = createSearchIndex(dataset, { english });
    for (const query of queries) expect(index.search(query)[0]?.id, query).toBe("upper-trapezius");
  });

  it("search ignores accents and ß in every language", () => {
    const es = createSearchIndex(localizeDataset(english, translations.es, "es").dataset, { english });
    expect(es.search("muneca")[0]).toMatchObject({ kind: "region", id: "wrist-hand", label: "Muñeca y mano" });
    const de = createSearchIndex(localizeDataset(english, translations.de, "de").dataset, { english });
    expect(de.search("gesass und hufte")[0]?.id).toBe("buttock-hip");
    expect(de.search("GESÄSS").map((r) => r.id)).toContain("buttock-hip");
    expect(de.search("Gesäß").map((r) => r.id)).toEqual(de.search("gesass").map((r) => r.id));
  });
});
