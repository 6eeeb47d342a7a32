import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { createPainLookup } from "../../src/domain/painLookup/painLookup";
import { parseWhere } from "../../src/domain/painLookup/parseWhere";
import { loadDataset } from "../../src/domain/validateDataset";

const dataset = loadDataset(bundledDatasetFiles);

/** The limb muscles of issue 10 (referral atlas v2) and the Travell & Simons chapter each follows. */
const limbMuscles: Record<string, [source: string, chapter: number]> = {
  gemelli: ["travell-simons-v2", 10],
  "obturator-externus": ["travell-simons-v2", 10],
  "quadratus-femoris": ["travell-simons-v2", 10],
  "adductor-brevis": ["travell-simons-v2", 15],
  "extensor-indicis": ["travell-simons-v1", 35],
  "flexor-digitorum-profundus": ["travell-simons-v1", 38],
  "flexor-pollicis-longus": ["travell-simons-v1", 38],
  "opponens-pollicis": ["travell-simons-v1", 39],
  "abductor-digiti-minimi-hand": ["travell-simons-v1", 40],
  "dorsal-interossei-hand": ["travell-simons-v1", 40],
  "palmar-interossei-hand": ["travell-simons-v1", 40],
  "lumbricals-hand": ["travell-simons-v1", 40],
  plantaris: ["travell-simons-v2", 22],
  "fibularis-tertius": ["travell-simons-v2", 20],
  "extensor-digitorum-brevis": ["travell-simons-v2", 26],
  "extensor-hallucis-brevis": ["travell-simons-v2", 26],
  "abductor-digiti-minimi-foot": ["travell-simons-v2", 26],
  "flexor-hallucis-brevis": ["travell-simons-v2", 27],
  "adductor-hallucis": ["travell-simons-v2", 27],
  "flexor-digiti-minimi-brevis-foot": ["travell-simons-v2", 27],
  "lumbricals-foot": ["travell-simons-v2", 27],
  "interossei-foot": ["travell-simons-v2", 27],
};

/** Danger zones of data/safety.json and how a needling note names their structure. */
const dangerZoneNames: Record<string, RegExp> = {
  "sciatic-nerve": /sciatic nerve/i,
  "femoral-triangle": /femoral artery and vein/i,
  "median-nerve": /median nerve/i,
  "ulnar-nerve": /^ulnar nerve/i,
  "radial-nerve": /posterior interosseous nerve/i,
  "popliteal-fossa": /popliteal artery/i,
  "anterior-tibial-neurovascular-bundle": /deep fibular nerve/i,
  "tarsal-tunnel-and-plantar-nerves": /plantar nerve/i,
};

describe("the limb muscles of the referral atlas v2", () => {
  it.each(Object.entries(limbMuscles))("has %s with its chapter, trigger points and an essential zone", (id, cite) => {
    const muscle = dataset.muscleById.get(id);
    expect(muscle, id).toBeDefined();
    expect(muscle?.sources).toContainEqual({ source: cite[0], chapter: cite[1] });
    expect(muscle?.sources.some((s) => s.source === "dommerholt-2013")).toBe(true);
    expect(muscle?.triggerPoints.length).toBeGreaterThan(0);
    expect(muscle?.referral.zones.some((z) => z.kind === "essential")).toBe(true);
    expect(muscle?.summary).toMatch(/possible/i);
  });

  it("keeps hand and foot namesakes apart in ids and names", () => {
    for (const muscle of dataset.muscles) {
      const place = /\((hand|foot)\)$/.exec(muscle.name)?.[1];
      if (place) expect(muscle.id, muscle.name).toMatch(new RegExp(`-${place}$`));
    }
    expect(dataset.muscleById.get("abductor-digiti-minimi-hand")?.regions).toEqual(["wrist-hand"]);
    expect(dataset.muscleById.get("abductor-digiti-minimi-foot")?.regions).toEqual(["ankle-foot"]);
  });

  it("lists each new muscle in exactly the danger zones its needling notes name", () => {
    for (const id of Object.keys(limbMuscles)) {
      const structures = dataset.muscleById.get(id)?.needling.structuresAtRisk.map((s) => s.structure) ?? [];
      for (const [zoneId, names] of Object.entries(dangerZoneNames)) {
        const zone = dataset.safety.dangerZones.find((z) => z.id === zoneId);
        expect(zone, zoneId).toBeDefined();
        const named = structures.some((s) => names.test(s));
        expect(zone?.muscles.includes(id), `${id} in ${zoneId}`).toBe(named);
      }
    }
  });

  it("links the hip rotators and thumb muscles to the conditions they mimic", () => {
    const musclesOf = (id: string) => dataset.conditionById.get(id)?.muscles ?? [];
    expect(musclesOf("piriformis-syndrome")).toEqual(
      expect.arrayContaining(["gemelli", "quadratus-femoris", "obturator-externus"]),
    );
    expect(musclesOf("carpal-tunnel-like-symptoms")).toEqual(
      expect.arrayContaining(["opponens-pollicis", "flexor-pollicis-longus"]),
    );
    expect(musclesOf("plantar-fasciitis")).toEqual(expect.arrayContaining(["adductor-hallucis"]));
  });
});

describe("where the pain guides list the new limb muscles", () => {
  const lookup = createPainLookup(dataset);
  const topEight = (where: string) => {
    const place = parseWhere(where, dataset);
    if (!place.ok) throw new Error(place.error);
    return lookup.rank([{ position: place.point, part: place.part }], 8).map((r) => r.muscle);
  };

  it.each([
    ["groin.left", "adductor-brevis"],
    ["anterior-thigh.left", "adductor-brevis"],
    ["shin.right", "adductor-brevis"],
    ["popliteal-fossa.left", "plantaris"],
    ["calf.left", "plantaris"],
    ["lateral-malleolus.left", "fibularis-tertius"],
    ["dorsum-of-foot.left", "extensor-digitorum-brevis"],
    ["dorsum-of-foot.left", "extensor-hallucis-brevis"],
    ["big-toe.left", "flexor-hallucis-brevis"],
    ["lesser-toes.right", "interossei-foot"],
    ["sole.left", "adductor-hallucis"],
    ["dorsal-wrist.left", "extensor-indicis"],
    ["volar-wrist.left", "opponens-pollicis"],
    ["palm.left", "opponens-pollicis"],
    ["thumb.left", "flexor-pollicis-longus"],
    ["little-finger.left", "flexor-digitorum-profundus"],
    ["middle-finger.left", "dorsal-interossei-hand"],
  ])("pain at %s ranks %s among the top eight", (where, muscle) => {
    expect(topEight(where)).toContain(muscle);
  });

  it("keeps the classic first sources first where the new muscles join them", () => {
    expect(topEight("dorsum-of-foot.left")[0]).toBe("extensor-digitorum-longus");
    expect(topEight("lateral-malleolus.left").slice(0, 2).sort()).toEqual(["fibularis-brevis", "fibularis-longus"]);
    expect(topEight("thumb.left")[0]).toBe("adductor-pollicis");
    expect(topEight("dorsal-wrist.left").slice(0, 3)).not.toContain("extensor-indicis");
  });
});
