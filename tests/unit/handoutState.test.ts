import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { handoutLink, QR_LINK_LIMIT } from "../../src/state/handoutLink";
import { HANDOUT_NOTES_KEY, readHandoutNotes, writeHandoutNotes } from "../../src/state/handoutNotes";
import { createAppStore } from "../../src/state/store";
import { decodeUrlState, type UrlState } from "../../src/state/urlState";
import { defaultViewState } from "../../src/state/viewState";

const dataset = loadDataset(bundledDatasetFiles);
const base = "https://explorer.example/app/";
const start: UrlState = { ...defaultViewState, selection: null, painSpots: [], painMode: false };

/** A Storage in memory, optionally one that refuses every call. */
function memoryStorage(refuse = false): Storage {
  const items = new Map<string, string>();
  const guard = () => {
    if (refuse) throw new Error("storage refused");
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => {
      guard();
      return items.get(k) ?? null;
    },
    setItem: (k, v) => {
      guard();
      items.set(k, v);
    },
    removeItem: (k) => {
      guard();
      items.delete(k);
    },
  };
}

describe("the handout's link", () => {
  it("is the current view's link, for the patient and without the painting tools", () => {
    const state: UrlState = {
      ...start,
      selection: { kind: "muscle", id: "masseter", side: "left" },
      audience: "practitioner",
      painMode: true,
    };
    const { link, simplified } = handoutLink(base, state);
    expect(link).toBe(`${base}?muscle=masseter&side=left`);
    expect(simplified).toBe(false);
  });

  it("thins a long pain drawing until the link fits a printable code, and says so", () => {
    const painSpots = Array.from({ length: 300 }, (_, i) => ({
      position: [0.1 + i / 1000, 1.2, 0.05] as [number, number, number],
      part: 0,
    }));
    const { link, simplified } = handoutLink(base, { ...start, painSpots });
    expect(simplified).toBe(true);
    expect(link.length).toBeLessThanOrEqual(QR_LINK_LIMIT);
    const spots = decodeUrlState(new URL(link).search, dataset).state.painSpots;
    expect(spots.length).toBeGreaterThan(10);
    expect(spots[0]).toEqual(painSpots[0]);
  });
});

describe("the handout's remembered name and note", () => {
  it("round-trip through storage, and refusing storage reads as empty", () => {
    const storage = memoryStorage();
    writeHandoutNotes(storage, { practitioner: "Dr Lee, Harbour Physio", note: "Stretch twice a day." });
    expect(readHandoutNotes(storage)).toEqual({
      kind: "ok",
      notes: { practitioner: "Dr Lee, Harbour Physio", note: "Stretch twice a day." },
    });
    expect(readHandoutNotes(memoryStorage(true))).toEqual({ kind: "ok", notes: { practitioner: "", note: "" } });
    expect(() => writeHandoutNotes(memoryStorage(true), { practitioner: "x", note: "" })).not.toThrow();
  });

  it.each([
    ["not JSON", "{practitioner"],
    ["a wrong shape", JSON.stringify({ practitioner: 3, note: null })],
  ])("are cleared when stored text is %s", (_what, text) => {
    const storage = memoryStorage();
    storage.setItem(HANDOUT_NOTES_KEY, text);
    expect(readHandoutNotes(storage)).toEqual({ kind: "corrupt" });
    expect(storage.getItem(HANDOUT_NOTES_KEY)).toBeNull();
  });
});

describe("the handout slice", () => {
  it("keeps only pictures drawn for the handout that is open", () => {
    const store = createAppStore();
    store.getState().openHandout("muscle", { id: "masseter" });
    const first = store.getState().handout?.id ?? -1;
    store.getState().closeHandout();
    store.getState().openHandout("pain", { id: "temporalis", side: "left" });
    const second = store.getState().handout?.id ?? -1;
    expect(second).not.toBe(first);
    store.getState().setHandoutPictures({ request: first, status: "failed" });
    expect(store.getState().handoutPictures).toBeNull();
    store.getState().setHandoutPictures({ request: second, status: "ready", front: "data:a", back: "data:b" });
    expect(store.getState().handoutPictures).toMatchObject({ status: "ready", front: "data:a" });
  });
});
