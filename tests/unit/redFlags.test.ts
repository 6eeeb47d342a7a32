import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { conditionsTouching, redFlagsFor } from "../../src/domain/queries/redFlags";
import { loadDataset } from "../../src/domain/validateDataset";

const dataset = loadDataset(bundledDatasetFiles);

describe("red flags of an area", () => {
  it("gathers every condition felt there, the ones whose main region it is first", () => {
    const head = conditionsTouching(dataset, ["head"]).map((c) => c.id);
    expect(head[0]).toBe("headaches-migraines");
    expect(head).toEqual(expect.arrayContaining(["neck-pain", "tmj-disorders", "whiplash"]));
  });

  it("shows giant-cell arteritis for pain at the temple (the head region)", () => {
    expect(redFlagsFor(dataset, ["head"]).some((flag) => /giant cell arteritis/.test(flag))).toBe(true);
  });

  it("keeps one wording of a flag two conditions share, the fuller one", () => {
    const elbow = redFlagsFor(dataset, ["elbow"]);
    expect(elbow.filter((f) => /hot, red, swollen elbow/i.test(f))).toEqual([
      "A hot, red, swollen elbow or fever (possible infection or gout)",
    ]);
    expect(elbow.filter((f) => /^constant night pain/i.test(f))).toHaveLength(1);
    expect(elbow.filter((f) => /injury with .*deformity/i.test(f))).toHaveLength(1);
    expect(redFlagsFor(dataset, [])).toEqual([]);
  });
});
