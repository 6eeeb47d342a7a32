import { describe, expect, it } from "vitest";
import { partsOf } from "../../src/domain/bodyParts/bodyParts";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { regionReferrers } from "../../src/domain/queries/regionReferrers";
import { createSearchIndex } from "../../src/domain/search/searchIndex";
import { loadDataset } from "../../src/domain/validateDataset";

const dataset = loadDataset(bundledDatasetFiles);
const ids = (region: string, kind?: string) =>
  regionReferrers(dataset, region)
    .filter((r) => !kind || r.kind === kind)
    .map((r) => r.muscleId);

describe("muscles that refer into a region", () => {
  it("ranks essential referrers before spillover ones", () => {
    const ranked = regionReferrers(dataset, "head");
    const firstSpillover = ranked.findIndex((r) => r.kind === "spillover");
    expect(ranked.slice(firstSpillover).every((r) => r.kind === "spillover")).toBe(true);
  });

  it.each([
    ["head", ["upper-trapezius", "temporalis", "sternocleidomastoid-sternal", "sternocleidomastoid-clavicular"]],
    ["jaw", ["masseter"]],
    ["it-band", ["gluteus-minimus"]],
    ["elbow", ["supinator"]],
    ["ankle-foot", ["gastrocnemius"]],
  ])("includes the textbook sources of %s pain", (region, expected) => {
    expect(ids(region)).toEqual(expect.arrayContaining(expected));
  });

  /** Muscles with no zone anchored on an arm: their patterns never reach the arms. */
  const noArmZone = dataset.muscles
    .filter((m) =>
      m.referral.zones.every((zone) =>
        (zone.shape === "ellipsoid" ? [zone.center] : zone.path).every((ref) =>
          partsOf(dataset.landmarkById.get(typeof ref === "string" ? ref : ref.at)?.part).every(
            (part) => part !== "arm",
          ),
        ),
      ),
    )
    .map((m) => m.id);

  it.each(["upper-arm", "elbow", "forearm", "wrist-hand"])(
    "lists no muscle in %s whose pattern stays on the trunk, the arms hanging beside it",
    (region) => {
      expect(noArmZone).toEqual(expect.arrayContaining(["serratus-posterior-inferior", "rectus-abdominis"]));
      expect(ids(region).filter((id) => noArmZone.includes(id))).toEqual([]);
    },
  );

  it("keeps the muscles of the outer elbow first in the elbow list", () => {
    expect(ids("elbow", "essential")).toEqual(expect.arrayContaining(["supinator", "extensor-carpi-radialis-longus"]));
    expect(ids("elbow")).not.toContain("serratus-posterior-inferior");
    const trunk = (id: string) =>
      dataset.muscleById.get(id)?.regions.every((r) => ["chest", "abdomen", "upper-back", "low-back"].includes(r));
    expect(ids("elbow", "essential").filter(trunk)).toEqual([]);
    expect(ids("upper-arm")).not.toContain("rectus-abdominis");
  });
});

describe("search", () => {
  const index = createSearchIndex(dataset);
  it.each([
    ["masetter", "masseter"],
    ["trapezus upper", "upper-trapezius"],
    ["pirifomis", "piriformis"],
    ["infraspinatous", "infraspinatus"],
  ])("finds %s despite the typo", (query, id) => {
    expect(index.search(query)[0]?.id).toBe(id);
  });

  it("finds regions and conditions by name", () => {
    expect(index.search("IT band")[0]).toMatchObject({ kind: "region", id: "it-band" });
    expect(index.search("tennis elbow")[0]).toMatchObject({ kind: "condition", id: "tennis-elbow" });
  });
});
