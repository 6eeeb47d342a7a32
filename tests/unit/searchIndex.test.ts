import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { safetyTopics } from "../../src/domain/queries/safetyTopics";
import { createSearchIndex } from "../../src/domain/search/searchIndex";
import { loadDataset } from "../../src/domain/validateDataset";

const dataset = loadDataset(bundledDatasetFiles);
const index = createSearchIndex(dataset);
const top = (query: string) => index.search(query)[0];

describe("search ranking", () => {
  it("puts whole-name and word matches above fuzzy ones", () => {
    expect(top("elbow")).toMatchObject({ kind: "region", id: "elbow", tier: 0 });
    expect(top("tennis elbow")).toMatchObject({ kind: "condition", id: "tennis-elbow", tier: 0 });
    const gluteus = index.search("gluteus");
    expect(
      gluteus
        .slice(0, 3)
        .map((r) => r.id)
        .sort(),
    ).toEqual(["gluteus-maximus", "gluteus-medius", "gluteus-minimus"]);
    expect(gluteus.slice(0, 3).every((r) => r.tier === 1)).toBe(true);
    const tiers = index.search("calf").map((r) => r.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it("knows places on the body and opens their region", () => {
    expect(top("outer elbow")).toMatchObject({
      kind: "place",
      id: "lateral-epicondyle",
      opens: { kind: "region", id: "elbow" },
    });
    expect(index.search("outer elbow").map((r) => r.id)).not.toContain("golfers-elbow");
    expect(top("temple")).toMatchObject({ kind: "place", opens: { kind: "region", id: "head" } });
    expect(index.search("temple").map((r) => r.id)).not.toEqual(expect.arrayContaining(["fibularis-brevis"]));
    expect(index.search("temple").map((r) => r.id)).not.toContain("serratus-anterior");
    expect(top("shin")).toMatchObject({ kind: "place", opens: { kind: "region", id: "lower-leg" } });
  });

  it("finds the dry-needling safety text by its topics and its words", () => {
    expect(top("dry needling")).toMatchObject({ kind: "topic", id: "session" });
    expect(top("session")).toMatchObject({ kind: "topic", id: "session" });
    expect(top("acupuncture")).toMatchObject({ kind: "topic", id: "acupuncture" });
    expect(index.search("twitch").map((r) => r.id)).toContain("session");
    expect(index.search("pneumothorax").map((r) => r.id)).toContain("danger-zones");
  });

  it("still forgives typos when nothing matches exactly", () => {
    expect(top("masetter")).toMatchObject({ id: "masseter", tier: 3 });
    expect(top("pirifomis")?.id).toBe("piriformis");
  });

  it("makes one topic per part of the safety file", () => {
    const ids = safetyTopics(dataset.safety).map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(safetyTopics(dataset.safety).every((t) => t.text.length > 0)).toBe(true);
  });
});
