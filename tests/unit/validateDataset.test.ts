import { describe, expect, it } from "vitest";
import { DatasetError, formatProblem } from "../../src/domain/datasetError";
import type { DatasetFiles } from "../../src/domain/datasetTypes";
import { loadDataset, validateDataset } from "../../src/domain/validateDataset";
import { tinyDatasetFiles } from "../fixtures/tinyDataset";

// biome-ignore lint/suspicious/noExplicitAny: tests reach into untyped JSON on purpose.
type Json = any;

/** Validates a copy of the tiny dataset after `breakIt` changed it; returns the formatted problems. */
function problemsAfter(breakIt: (files: DatasetFiles & { [k: string]: Json }) => void): string[] {
  const files = structuredClone(tinyDatasetFiles());
  breakIt(files as Json);
  const result = validateDataset(files);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const alpha = (files: Json) => files.muscles[0].json.muscles[0];

describe("validateDataset", () => {
  it("accepts the valid tiny dataset and derives region muscles", () => {
    const dataset = loadDataset(tinyDatasetFiles());
    expect(dataset.regionById.get("upper")?.muscles).toEqual(["alpha"]);
    expect(dataset.muscleById.get("beta")?.file).toBe("data/muscles/b.json");
    expect(dataset.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes the version when any file changes", () => {
    const before = loadDataset(tinyDatasetFiles()).version;
    const files = tinyDatasetFiles();
    (files.landmarks.json as Json).landmarks[0].position[0] = 0.11;
    expect(loadDataset(files).version).not.toBe(before);
  });

  it("needs a body part on surface landmarks and zone anchors, and arm or leg points on the left", () => {
    expect(problemsAfter((f) => delete (f.landmarks.json as Json).landmarks[0].part)).toEqual([
      'data/landmarks.json: landmarks[0].part: surface landmark "top" needs a part (head, neck, trunk, arm or leg)',
    ]);
    expect(
      problemsAfter((f) => {
        (f.landmarks.json as Json).landmarks.push({
          id: "deep",
          name: "Deep",
          kind: "skeletal",
          position: [0.1, 1.3, 0],
        });
        alpha(f).referral.zones[0].center = { at: "deep", offset: [0, 0, 0.05] };
      }),
    ).toEqual([
      'data/muscles/a.json: muscles[0].referral.zones[0].center: zone anchor "deep" has no body part: give the landmark a part in landmarks.json',
    ]);
    expect(problemsAfter((f) => ((f.landmarks.json as Json).landmarks[1].part = "elbow"))[0]).toContain(
      "landmarks[1].part",
    );
    expect(
      problemsAfter((f) => {
        (f.landmarks.json as Json).landmarks[1].part = ["arm", "trunk"];
        (f.landmarks.json as Json).landmarks[1].position[0] = 0;
      }),
    ).toEqual(["data/landmarks.json: landmarks[1].part: an arm or leg landmark is written for the left side (x > 0)"]);
  });

  it("rejects a dangling id, naming file, path and id", () => {
    expect(problemsAfter((f) => alpha(f).associatedMuscles.push("gamma"))).toEqual([
      'data/muscles/a.json: muscles[0].associatedMuscles[1]: unknown muscle id "gamma"',
    ]);
    expect(problemsAfter((f) => (alpha(f).geometry.origin = ["nowhere"]))).toEqual([
      'data/muscles/a.json: muscles[0].geometry.origin[0]: unknown landmark id "nowhere"',
    ]);
    expect(problemsAfter((f) => ((f.conditions.json as Json).conditions[0].muscles[1] = "gamma"))).toEqual([
      'data/conditions.json: conditions[0].muscles[1]: unknown muscle id "gamma"',
    ]);
  });

  it("rejects a duplicate id, even across muscle files", () => {
    const problems = problemsAfter((f) => {
      const copy = structuredClone(alpha(f));
      (f.muscles[1] as Json).json.muscles.push(copy);
    });
    expect(problems).toContain(
      'data/muscles/b.json: muscles[1].id: duplicate muscle id "alpha" (first defined at data/muscles/a.json muscles[0])',
    );
  });

  it("rejects a missing required field", () => {
    expect(problemsAfter((f) => delete alpha(f).anatomy.innervation)).toEqual([
      "data/muscles/a.json: muscles[0].anatomy.innervation: is required but missing",
    ]);
  });

  it("rejects a zone with a negative or zero size", () => {
    expect(problemsAfter((f) => (alpha(f).referral.zones[0].radii[1] = -0.02))).toEqual([
      "data/muscles/a.json: muscles[0].referral.zones[0].radii[1]: must be greater than zero",
    ]);
    expect(problemsAfter((f) => (alpha(f).referral.zones[1].radius = 0))).toEqual([
      "data/muscles/a.json: muscles[0].referral.zones[1].radius: must be greater than zero",
    ]);
  });

  it("rejects a trigger point far from its muscle", () => {
    expect(problemsAfter((f) => (alpha(f).triggerPoints[0].along = 1.6))).toEqual([
      'data/muscles/a.json: muscles[0].triggerPoints[0].along: trigger point "tp1" is far from its muscle: it lies 0.60 muscle lengths beyond its insertion (along must be 0 to 1)',
    ]);
    expect(problemsAfter((f) => (alpha(f).triggerPoints[0].across = -2.5))[0]).toContain(
      "1.50 half-widths outside its edge",
    );
  });

  it("rejects a region with no muscles", () => {
    expect(problemsAfter((f) => (alpha(f).regions = ["lower"]))).toEqual([
      'data/regions.json: regions[0]: region "upper" has no muscles: no muscle lists it in its regions',
    ]);
  });

  it("rejects a muscle without an essential zone, and unknown fields", () => {
    expect(problemsAfter((f) => alpha(f).referral.zones.shift())).toEqual([
      "data/muscles/a.json: muscles[0].referral.zones: needs at least one essential zone",
    ]);
    expect(problemsAfter((f) => (alpha(f).colour = "red"))).toEqual([
      "data/muscles/a.json: muscles[0]: has unknown field colour",
    ]);
  });

  it("accepts a group pattern listed alike by every member, and a former id that opens a muscle", () => {
    const files = structuredClone(tinyDatasetFiles()) as Json;
    const group = { muscles: ["alpha", "beta"], note: "Charted once for both." };
    alpha(files).referral.groupPattern = group;
    files.muscles[1].json.muscles[0].referral.groupPattern = group;
    alpha(files).formerIds = ["old-alpha"];
    const dataset = loadDataset(files);
    expect(dataset.muscleById.get("beta")?.referral.groupPattern?.muscles).toEqual(["alpha", "beta"]);
    expect(dataset.muscleIdByFormerId.get("old-alpha")).toBe("alpha");
  });

  it("rejects a group pattern that names an unknown muscle, leaves the muscle out, or is not listed by a member", () => {
    expect(
      problemsAfter((f) => {
        alpha(f).referral.groupPattern = { muscles: ["alpha", "gamma"], note: "Shared." };
      }),
    ).toEqual(['data/muscles/a.json: muscles[0].referral.groupPattern.muscles[1]: unknown muscle id "gamma"']);
    expect(
      problemsAfter((f) => {
        alpha(f).referral.groupPattern = { muscles: ["beta", "beta"], note: "Shared." };
      }),
    ).toContain(
      'data/muscles/a.json: muscles[0].referral.groupPattern.muscles: the group must include the muscle itself ("alpha")',
    );
    expect(
      problemsAfter((f) => {
        alpha(f).referral.groupPattern = { muscles: ["alpha", "beta"], note: "Shared." };
      }),
    ).toEqual([
      'data/muscles/a.json: muscles[0].referral.groupPattern.muscles: group member "beta" must list the same group pattern (alpha, beta)',
    ]);
    expect(
      problemsAfter((f) => {
        alpha(f).referral.groupPattern = { muscles: ["alpha"], note: "Shared." };
      }),
    ).toEqual([
      "data/muscles/a.json: muscles[0].referral.groupPattern.muscles: a group pattern names at least two muscles",
    ]);
  });

  it("rejects a former id that is a current muscle id or is claimed twice", () => {
    expect(problemsAfter((f) => (alpha(f).formerIds = ["beta"]))).toEqual([
      'data/muscles/a.json: muscles[0].formerIds[0]: former id "beta" is the id of a current muscle, so links to it are ambiguous',
    ]);
    expect(
      problemsAfter((f) => {
        alpha(f).formerIds = ["old"];
        (f.muscles[1] as Json).json.muscles[0].formerIds = ["old"];
      }),
    ).toEqual([
      'data/muscles/b.json: muscles[0].formerIds[0]: former id "old" is already claimed by muscle "alpha" (data/muscles/a.json); an old link can open one muscle only',
    ]);
    expect(problemsAfter((f) => (alpha(f).formerIds = ["Not An Id"]))[0]).toContain("muscles[0].formerIds[0]");
  });

  it("rejects a landmark written on the right side", () => {
    expect(problemsAfter((f) => ((f.landmarks.json as Json).landmarks[1].position[0] = -0.002))).toEqual([
      "data/landmarks.json: landmarks[1].position[0]: bilateral landmarks are written for the left side (x > 0) and midline ones at x = 0",
    ]);
  });

  it("checks a structure's danger zone: known, listing the muscle, depth within its range", () => {
    const risk = (f: Json) => alpha(f).needling.structuresAtRisk;
    const lung = (f: Json) => (f.safety.json as Json).dangerZones[0];
    const linked = { structure: "Pleura", note: "Below.", dangerZone: "lung", typicalDepthMm: 15 };
    expect(
      problemsAfter((f) => {
        risk(f).push(linked);
        lung(f).depthMm = { min: 10, max: 20 };
      }),
    ).toEqual([]);
    expect(problemsAfter((f) => risk(f).push({ ...linked, dangerZone: "liver" }))).toEqual([
      'data/muscles/a.json: muscles[0].needling.structuresAtRisk[0].dangerZone: unknown danger zone id "liver"',
    ]);
    expect(
      problemsAfter((f) => {
        risk(f).push(linked);
        lung(f).muscles = ["beta"];
      }),
    ).toEqual([
      'data/muscles/a.json: muscles[0].needling.structuresAtRisk[0].dangerZone: danger zone "lung" in data/safety.json does not list muscle "alpha" among its muscles',
    ]);
    expect(
      problemsAfter((f) => {
        risk(f).push({ ...linked, typicalDepthMm: 45 });
        lung(f).depthMm = { min: 10, max: 20 };
      }),
    ).toEqual([
      'data/muscles/a.json: muscles[0].needling.structuresAtRisk[0].typicalDepthMm: 45 mm is outside danger zone "lung"\'s depths of 10-20 mm in data/safety.json',
    ]);
  });

  it("needs a chapter or a section in a citation", () => {
    expect(problemsAfter((f) => (alpha(f).sources = [{ source: "book", section: "Safety guidelines" }]))).toEqual([]);
    expect(problemsAfter((f) => (alpha(f).sources = [{ source: "book" }]))).toEqual([
      "data/muscles/a.json: muscles[0].sources[0]: needs a chapter or a section",
    ]);
  });

  it("throws a DatasetError listing every problem from loadDataset", () => {
    const files = tinyDatasetFiles();
    (files.regions.json as Json).regions[0].anchors = ["nowhere"];
    expect(() => loadDataset(files)).toThrow(DatasetError);
    expect(() => loadDataset(files)).toThrow('data/regions.json: regions[0].anchors[0]: unknown landmark id "nowhere"');
  });
});
