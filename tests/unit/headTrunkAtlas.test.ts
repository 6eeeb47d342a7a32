import { describe, expect, it } from "vitest";
import { ANY_PART, partsOf, skinPartCode } from "../../src/domain/bodyParts/bodyParts";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { resolveLandmarkRef } from "../../src/domain/geometry/resolveLandmarkRef";
import { createPainLookup } from "../../src/domain/painLookup/painLookup";
import { parseWhere } from "../../src/domain/painLookup/parseWhere";
import type { Muscle } from "../../src/domain/schema/muscleSchema";
import type { LandmarkRef } from "../../src/domain/schema/primitives";
import { createSearchIndex } from "../../src/domain/search/searchIndex";
import { loadDataset } from "../../src/domain/validateDataset";

const dataset = loadDataset(bundledDatasetFiles);
const muscle = (id: string): Muscle => {
  const found = dataset.muscleById.get(id);
  if (!found) throw new Error(`no muscle ${id}`);
  return found;
};

/** The head, neck, trunk and pelvis muscles issue 10 asks for, as charted by Travell & Simons. */
const requested = [
  "orbicularis-oculi",
  "zygomaticus-major",
  "platysma",
  "buccinator",
  "mylohyoid",
  "sternohyoid",
  "sternothyroid-thyrohyoid",
  "omohyoid",
  "longus-colli",
  "semispinalis-cervicis",
  "cervical-multifidi-rotatores",
  "scalenus-minimus",
  "sternalis",
  "internal-oblique",
  "transversus-abdominis",
  "pyramidalis",
  "levator-ani",
  "coccygeus",
  "obturator-internus",
  "sternocleidomastoid-sternal",
  "sternocleidomastoid-clavicular",
];
/** The muscle files added for the head, neck, trunk and pelvis. */
const newFiles = [
  "data/muscles/face.json",
  "data/muscles/neck-front.json",
  "data/muscles/neck-deep.json",
  "data/muscles/trunk-wall.json",
  "data/muscles/pelvic-floor.json",
];
const added = dataset.muscles.filter((m) => newFiles.includes(m.file));
const needlingText = (m: Muscle) =>
  [
    m.needling.position,
    m.needling.approach,
    ...m.needling.cautions,
    ...m.needling.structuresAtRisk.map((s) => `${s.structure} ${s.note}`),
  ].join(" ");
const dangerZone = (id: string) => dataset.safety.dangerZones.find((z) => z.id === id)?.muscles ?? [];

describe("the head, neck, trunk and pelvis muscles", () => {
  it("include every muscle the issue asks for, each with a full record citing Travell & Simons", () => {
    for (const id of requested) {
      const m = muscle(id);
      expect(m.triggerPoints.length, id).toBeGreaterThan(0);
      expect(
        m.referral.zones.some((z) => z.kind === "essential"),
        id,
      ).toBe(true);
      expect(m.summary, id).toMatch(/possible source/i);
      expect(m.summary, id).not.toMatch(/\byou have\b/i);
      expect(m.symptoms.length * m.selfCare.length * m.differentials.length, id).toBeGreaterThan(0);
      expect(m.needling.structuresAtRisk.length, id).toBeGreaterThan(0);
      expect(
        m.sources.some((s) => s.source.startsWith("travell-simons")),
        id,
      ).toBe(true);
    }
    expect(added.length).toBeGreaterThanOrEqual(25);
    expect(added.reduce((n, m) => n + m.triggerPoints.length, 0)).toBeGreaterThanOrEqual(46);
  });

  it("are each listed in a danger zone, with every one whose notes name the pleura in the lung zone and only those", () => {
    const lung = dangerZone("lung-apex-and-chest-wall");
    for (const m of added) {
      expect(lung.includes(m.id), m.id).toBe(/pleura/i.test(needlingText(m)));
      expect(
        dataset.safety.dangerZones.some((z) => z.muscles.includes(m.id)),
        m.id,
      ).toBe(true);
    }
    expect(dangerZone("kidney").filter((id) => added.some((m) => m.id === id))).toEqual([]);
  });

  it("cite the dry-needling literature where their needling notes follow it", () => {
    for (const id of [
      "sternocleidomastoid-sternal",
      "longus-colli",
      "cervical-multifidi-rotatores",
      "internal-oblique",
    ]) {
      expect(
        muscle(id).sources.map((s) => s.source),
        id,
      ).toContain("dommerholt-2013");
    }
  });

  it("belong to conditions, including a pelvic floor and tailbone pain condition with red flags", () => {
    const pelvic = dataset.conditionById.get("pelvic-floor-tailbone-pain");
    expect(pelvic?.muscles.slice(0, 3)).toEqual(["levator-ani", "coccygeus", "obturator-internus"]);
    expect(pelvic?.redFlags.join(" ")).toMatch(/saddle/i);
    expect(dataset.conditionById.get("whiplash")?.muscles).toEqual(
      expect.arrayContaining(["longus-colli", "sternocleidomastoid-sternal", "sternocleidomastoid-clavicular"]),
    );
    const linked = new Set(dataset.conditions.flatMap((c) => c.muscles));
    for (const id of ["levator-ani", "semispinalis-cervicis", "internal-oblique", "obturator-internus"])
      expect(linked.has(id), id).toBe(true);
  });
});

describe("the sternocleidomastoid's two divisions", () => {
  const sternal = muscle("sternocleidomastoid-sternal");
  const clavicular = muscle("sternocleidomastoid-clavicular");

  it("replace the single muscle, the sternal division keeping its old id for links", () => {
    expect(dataset.muscleById.has("sternocleidomastoid")).toBe(false);
    expect(dataset.muscleIdByFormerId.get("sternocleidomastoid")).toBe("sternocleidomastoid-sternal");
    const everyReference = [
      ...dataset.muscles.flatMap((m) => m.associatedMuscles),
      ...dataset.conditions.flatMap((c) => c.muscles),
      ...dataset.safety.dangerZones.flatMap((z) => z.muscles),
    ];
    expect(everyReference).not.toContain("sternocleidomastoid");
  });

  it("each have their own trigger points and pattern: the eye and crown for the sternal, forehead and ear for the clavicular", () => {
    const lookup = createPainLookup(dataset);
    const ranked = (where: string) => {
      const place = parseWhere(where, dataset);
      if (!place.ok) throw new Error(place.error);
      return lookup.rank([{ position: place.point, part: place.part }]).filter((r) => r.side !== "right");
    };
    const kindOf = (where: string, id: string) => ranked(where).find((r) => r.muscle === id)?.kind;
    expect(kindOf("vertex", sternal.id)).toBe("essential");
    expect(kindOf("eyebrow.left", sternal.id)).toBe("essential");
    expect(kindOf("forehead", clavicular.id)).toBe("essential");
    expect(kindOf("ear.left", clavicular.id)).toBe("essential");
    expect(kindOf("vertex", clavicular.id)).toBeUndefined();
    expect(kindOf("forehead", sternal.id)).not.toBe("essential");
    expect(sternal.triggerPoints.length + clavicular.triggerPoints.length).toBeGreaterThanOrEqual(5);
  });

  it("are both found by searching SCM or sternocleidomastoid", () => {
    const index = createSearchIndex(dataset);
    for (const query of ["SCM", "sternocleidomastoid", "sternocleidomastiod"]) {
      const ids = index
        .search(query)
        .slice(0, 2)
        .map((r) => r.id)
        .sort();
      expect(ids, query).toEqual(["sternocleidomastoid-clavicular", "sternocleidomastoid-sternal"]);
    }
  });
});

describe("patterns charted once for a group", () => {
  it("mark the anterior, middle and posterior scalenes as one pattern, with scalenus minimus charted apart", () => {
    const scalenes = ["anterior-scalene", "middle-scalene", "posterior-scalene"];
    for (const id of scalenes) {
      expect(muscle(id).referral.groupPattern?.muscles, id).toEqual(scalenes);
      expect(muscle(id).referral.groupPattern?.note, id).toMatch(/one composite pattern/);
    }
    expect(muscle("scalenus-minimus").referral.groupPattern).toBeUndefined();
  });

  it("give every member of a group the same zones", () => {
    for (const m of dataset.muscles.filter((x) => newFiles.includes(x.file) && x.referral.groupPattern)) {
      for (const other of m.referral.groupPattern?.muscles ?? []) {
        expect(muscle(other).referral.zones, `${m.id} and ${other}`).toEqual(m.referral.zones);
      }
    }
  });
});

describe("where the new muscles rank", () => {
  const lookup = createPainLookup(dataset);
  const top = (ref: LandmarkRef, n = 8) => {
    const id = typeof ref === "string" ? ref : ref.at;
    const landmark = dataset.landmarkById.get(id);
    const [part] = partsOf(landmark?.part);
    const position = resolveLandmarkRef(ref, dataset.landmarkById);
    return lookup.rank([{ position, part: part ? skinPartCode(part, "left") : ANY_PART }], n).map((r) => r.muscle);
  };

  it.each([
    ["posterior-neck", ["cervical-multifidi-rotatores", "semispinalis-cervicis"], 3],
    ["anterior-neck", ["longus-colli", "sternohyoid"], 8],
    ["sternum", ["sternalis"], 2],
    ["lateral-upper-arm", ["scalenus-minimus"], 8],
    ["groin", ["internal-oblique"], 8],
    ["forehead", ["zygomaticus-major", "sternocleidomastoid-clavicular"], 8],
    ["occiput", ["semispinalis-cervicis"], 8],
  ] as const)("pain at %s ranks %s in the top %i", (where, expected, n) => {
    expect(top(where, n)).toEqual(expect.arrayContaining([...expected]));
  });

  it("ranks the pelvic floor muscles among the sources of pain at the tailbone", () => {
    const tailbone = { at: "coccyx", offset: [0, 0, -0.012] as [number, number, number] };
    expect(top(tailbone, 10)).toEqual(expect.arrayContaining(["levator-ani", "coccygeus", "obturator-internus"]));
  });
});
