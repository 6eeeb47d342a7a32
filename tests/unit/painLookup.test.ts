import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import type { PainSpot } from "../../src/domain/painLookup/painLookup";
import { createPainLookup, SCORE_WEIGHTS, spotsAt } from "../../src/domain/painLookup/painLookup";
import { parseWhere } from "../../src/domain/painLookup/parseWhere";
import type { Vec3 } from "../../src/domain/schema/primitives";
import { loadDataset } from "../../src/domain/validateDataset";
import { tinyDatasetFiles } from "../fixtures/tinyDataset";

describe("pain lookup scoring on hand-made zones", () => {
  // alpha: essential ellipsoid (r 3 cm) at top (0.1, 1.5, 0.1), spillover capsule top -> bottom (r 2 cm).
  // beta: the same zones; alpha is "common", beta too, so only coverage separates them below.
  const files = tinyDatasetFiles();
  // biome-ignore lint/suspicious/noExplicitAny: editing fixture JSON.
  const beta = (files.muscles[1] as any).json.muscles[0];
  beta.referral.zones = [{ kind: "essential", shape: "ellipsoid", center: "bottom", radii: [0.03, 0.03, 0.03] }];
  beta.prevalence = "very-common";
  const lookup = createPainLookup(loadDataset(files));
  const [top, middle, bottom] = spotsAt([
    [0.1, 1.5, 0.1],
    [0.1, 1.35, 0.1],
    [0.1, 1.2, 0.1],
  ] satisfies Vec3[]) as [PainSpot, PainSpot, PainSpot];

  it("scores an essential hit 1 and a spillover hit 0.4, plus prevalence", () => {
    expect(lookup.rank([top])).toEqual([
      expect.objectContaining({ key: "alpha.left", kind: "essential", score: 1 + SCORE_WEIGHTS.prevalence.common }),
    ]);
    expect(lookup.rank([middle])[0]).toMatchObject({ key: "alpha.left", kind: "spillover" });
    expect(lookup.rank([middle])[0]?.score).toBeCloseTo(0.4 + 0.01, 9);
  });

  it("says which zone covers which spot", () => {
    expect(lookup.rank([top, middle])[0]?.coverage).toEqual([
      { spot: 0, zone: 0, kind: "essential" },
      { spot: 1, zone: 1, kind: "spillover" },
    ]);
  });

  it("ranks more spots covered higher, and essential over spillover", () => {
    const ranked = lookup.rank([top, middle, bottom]);
    expect(ranked.map((r) => r.key)).toEqual(["alpha.left", "beta.left"]);
    expect(ranked[0]?.score).toBeCloseTo((1 + 0.4 + 0.4) / 3 + 0.01, 9);
    expect(ranked[1]?.score).toBeCloseTo(1 / 3 + 0.02, 9);
  });

  it("lets prevalence break a tie", () => {
    expect(lookup.rank([bottom]).map((r) => r.key)).toEqual(["beta.left", "alpha.left"]);
  });

  it("finds the right side by the mirror and nothing far away", () => {
    expect(lookup.rank(spotsAt([[-0.1, 1.5, 0.1]]))[0]?.key).toBe("alpha.right");
    expect(lookup.rank(spotsAt([[0, 0.2, 0]]))).toEqual([]);
    expect(lookup.rank([])).toEqual([]);
  });
});

describe("pain lookup on the real data: textbook cases", () => {
  const dataset = loadDataset(bundledDatasetFiles);
  const lookup = createPainLookup(dataset);
  const topMuscles = (where: string, n = 8) => {
    const place = parseWhere(where, dataset);
    if (!place.ok) throw new Error(place.error);
    return lookup.rank([{ position: place.point, part: place.part }], n).map((r) => r.muscle);
  };

  it.each([
    ["temple.left", ["upper-trapezius", "temporalis"]],
    ["lateral-thigh.left", ["gluteus-minimus"]],
    ["lateral-epicondyle.right", ["supinator"]],
    ["heel.left", ["soleus"]],
    ["sacroiliac.left", ["gluteus-medius", "quadratus-lumborum"]],
    ["jaw-angle.left", ["masseter"]],
    ["back-of-shoulder.left", ["posterior-deltoid"]],
    ["medial-epicondyle.left", ["triceps-brachii"]],
    ["patella.left", ["rectus-femoris"]],
    ["medial-knee.left", ["sartorius"]],
    ["shin.left", ["tibialis-anterior"]],
    ["buttock.left", ["gluteus-maximus"]],
    ["big-toe.left", ["tibialis-anterior"]],
    ["0.03,1.64,-0.11", ["semispinalis-capitis", "suboccipitals"]],
  ])("pain at %s ranks %s among the top eight", (where, expected) => {
    expect(topMuscles(where)).toEqual(expect.arrayContaining(expected));
  });

  it("ranks TFL among the sources of pain down the outer thigh", () => {
    const outerThigh = ["lateral-thigh.left", "greater-trochanter.left"].map((w) => parseWhere(w, dataset));
    const spots = outerThigh.flatMap((p) => (p.ok ? [{ position: p.point, part: p.part }] : []));
    expect(lookup.rank(spots, 8).map((r) => r.muscle)).toEqual(expect.arrayContaining(["tensor-fasciae-latae"]));
  });
});

describe("parseWhere", () => {
  const dataset = loadDataset(bundledDatasetFiles);
  it("mirrors a right-side landmark and reads coordinates", () => {
    const temple = dataset.landmarkById.get("temple")?.position ?? [0, 0, 0];
    expect(parseWhere("temple.right", dataset)).toMatchObject({ ok: true, point: [-temple[0], temple[1], temple[2]] });
    expect(parseWhere("0.1, 1.2, 0.05", dataset)).toMatchObject({ ok: true, point: [0.1, 1.2, 0.05] });
  });
  it("explains an unknown place and lists the valid ones", () => {
    const result = parseWhere("elbw.left", dataset);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("lateral-epicondyle.left|right");
    expect(parseWhere("temple", dataset)).toMatchObject({ ok: false });
  });
});
