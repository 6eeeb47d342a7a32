import { describe, expect, it } from "vitest";
import { skinPartCode } from "../../src/domain/bodyParts/bodyParts";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { createPainLookup, spotsAt } from "../../src/domain/painLookup/painLookup";
import { loadDataset } from "../../src/domain/validateDataset";
import { i18n } from "../../src/i18n/i18n";
import { createAppStore } from "../../src/state/store";
import { coverageWords } from "../../src/ui/coverageWords";

describe("the store", () => {
  it("keeps the selection when the same thing is selected again, and clears a focused trigger point on a new one", () => {
    const store = createAppStore();
    store.getState().select({ kind: "muscle", id: "supinator", side: "left" });
    const first = store.getState().selection;
    store.getState().focusTriggerPoint("tp1");
    store.getState().select({ kind: "muscle", id: "supinator", side: "left" });
    expect(store.getState().selection).toBe(first);
    expect(store.getState().focusedTriggerPoint).toBe("tp1");
    store.getState().select({ kind: "muscle", id: "supinator", side: "right" });
    expect(store.getState().focusedTriggerPoint).toBeNull();
  });

  it("shows the pattern with the skin, the muscle without it, and asks the camera to frame again", () => {
    const store = createAppStore();
    store.getState().showMuscle("muscle");
    expect(store.getState().layers).toMatchObject({ skin: false, superficial: true, intermediate: true, deep: true });
    expect(store.getState().frameRequest).toBe(1);
    store.getState().showMuscle("pattern");
    expect(store.getState().layers.skin).toBe(true);
    expect(store.getState().frameRequest).toBe(2);
  });

  it("leaves the camera alone on layer changes and steps back to the whole body on request", () => {
    const store = createAppStore();
    store.getState().setLayer("bones", true);
    expect(store.getState().viewRequest).toBe(0);
    store.getState().showWholeBody();
    expect(store.getState()).toMatchObject({ wholeBody: true, viewRequest: 1 });
    store.getState().setView("back");
    expect(store.getState()).toMatchObject({ wholeBody: false, viewRequest: 2, view: "back" });
  });
});

describe("coverage in words", () => {
  it("says how many painted spots each zone covers", () => {
    const dataset = loadDataset(bundledDatasetFiles);
    const epicondyle = dataset.landmarkById.get("lateral-epicondyle")?.position ?? [0, 0, 0];
    const spots = spotsAt(
      [epicondyle, [epicondyle[0], epicondyle[1] - 0.06, epicondyle[2]]],
      skinPartCode("arm", "left"),
    );
    const [best] = createPainLookup(dataset).rank(spots);
    if (!best) throw new Error("no result");
    const t = i18n.getFixedT("en");
    expect(coverageWords(t, best, 2)).toMatch(/^main zone covers [12] of your 2 spots/);
    expect(coverageWords(t, { ...best, coverage: [{ spot: 0, zone: 0, kind: "spillover" }] }, 1)).toBe(
      "wider zone covers 1 of your 1 spot",
    );
    expect(coverageWords(i18n.getFixedT("de"), best, 2)).toMatch(/^Hauptzone deckt [12] Ihrer 2 Punkte ab/);
  });
});
