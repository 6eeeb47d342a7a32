import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { LANDMARK_GUIDES, PAIN_GUIDE_AREAS, type PainGuideArea } from "../fixtures/painGuide";
import { scorePainGuide } from "../fixtures/painGuideScore";
import { tinyDatasetFiles } from "../fixtures/tinyDataset";

describe("the pain-guide table", () => {
  const dataset = loadDataset(bundledDatasetFiles);

  it("places every surface landmark, and only surface landmarks, in a guide area", () => {
    const surface = dataset.landmarks.filter((l) => l.kind === "surface").map((l) => l.id);
    expect(Object.keys(LANDMARK_GUIDES).sort()).toEqual([...surface].sort());
  });

  it("names only muscles of the dataset", () => {
    const known = new Set(dataset.muscles.map((m) => m.id));
    const areas: [string, PainGuideArea][] = Object.entries(PAIN_GUIDE_AREAS);
    for (const [id, area] of areas) {
      expect(area.muscles.length, id).toBeGreaterThan(0);
      for (const entry of area.muscles)
        for (const muscle of entry.ids) expect(known.has(muscle), `${id}: ${muscle}`).toBe(true);
    }
  });

  it("cites a Travell & Simons pain-guide chapter for every area", () => {
    for (const area of Object.values(PAIN_GUIDE_AREAS) as PainGuideArea[]) {
      expect(dataset.sources.some((s) => s.id === area.cite.source)).toBe(true);
      expect(area.cite.chapter).toBeGreaterThan(0);
    }
  });
});

describe("scoring the lookup against a guide", () => {
  // alpha: essential at "top", spillover down to "bottom"; beta: the same but "very-common", so it ranks first.
  const files = tinyDatasetFiles();
  // biome-ignore lint/suspicious/noExplicitAny: editing fixture JSON.
  (files.muscles[1] as any).json.muscles[0].prevalence = "very-common";
  const dataset = loadDataset(files);
  const area = (ids: string[][]): PainGuideArea => ({
    title: "Test area",
    cite: { source: "travell-simons-v1", chapter: 1, chapterSure: true },
    orderSure: true,
    muscles: ids.map((group) => ({ label: group.join("/"), ids: group })),
  });

  it("ranks distinct muscles, reports missing ones and checks the top muscle", () => {
    const score = scorePainGuide(
      dataset,
      { a: area([["alpha"], ["ghost"], ["beta", "other"]]), b: area([["ghost"]]) },
      { top: { area: "a" }, bottom: { area: "b" } },
    );
    const [top, bottom] = score.landmarks;
    expect(top?.top).toEqual(["beta", "alpha"]);
    expect(top?.first.map((e) => [e.rank, e.missing])).toEqual([
      [2, false],
      [null, true],
      [1, false],
    ]);
    expect(top?.topListed).toBe(true);
    expect(bottom?.topListed).toBe(false);
    expect(score.recall).toBeCloseTo(2 / 4, 9);
    expect(score.allFirstFound).toBe(0);
    expect(score.topListedRate).toBe(0.5);
    expect(score.failOnlyMissing).toEqual(["top", "bottom"]);
    expect(score.empty).toEqual([]);
  });

  it("names an unknown landmark or area instead of scoring it", () => {
    expect(() => scorePainGuide(dataset, {}, { nowhere: { area: "a" } })).toThrow(/unknown landmark "nowhere"/);
    expect(() => scorePainGuide(dataset, {}, { top: { area: "a" } })).toThrow(/unknown area "a"/);
  });
});
