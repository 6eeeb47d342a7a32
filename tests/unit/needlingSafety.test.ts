import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import type { Muscle } from "../../src/domain/schema/muscleSchema";
import { loadDataset } from "../../src/domain/validateDataset";

// Read from disk so every file in data/muscles counts, including muscles added later.
const dataset = loadDataset(readDatasetFiles());
const muscles = dataset.muscles;
const zoneById = new Map(dataset.safety.dangerZones.map((z) => [z.id, z]));

/** The organs whose danger zones must match the needling notes exactly, and how the notes name them. */
const ORGANS = [
  { zone: "lung-apex-and-chest-wall", names: /\b(pleura\w*|lungs?|pneumothorax)\b/i },
  { zone: "kidney", names: /\b(kidneys?|renal)\b/i },
] as const;

function needlingText(m: Muscle): string {
  const { position, approach, cautions, structuresAtRisk } = m.needling;
  return [position, approach, ...cautions, ...structuresAtRisk.flatMap((s) => [s.structure, s.note])].join("\n");
}

describe("needling notes and the danger zones", () => {
  it.each(ORGANS)("lists in $zone exactly the muscles whose notes name it", ({ zone, names }) => {
    const listed = new Set(zoneById.get(zone)?.muscles);
    const naming = muscles.filter((m) => names.test(needlingText(m))).map((m) => m.id);
    expect(
      naming.filter((id) => !listed.has(id)),
      "name it but are not listed",
    ).toEqual([]);
    const silent = [...listed].filter((id) => !naming.includes(id));
    expect(silent, "listed but their notes never name it").toEqual([]);
  });

  it.each(ORGANS)("links every structure named after $zone to that zone", ({ zone, names }) => {
    for (const m of muscles) {
      for (const risk of m.needling.structuresAtRisk) {
        if (names.test(risk.structure)) expect(risk.dangerZone, `${m.id}: ${risk.structure}`).toBe(zone);
      }
    }
  });

  it("states each zone's depth range in its guidance, and keeps linked depths within it", () => {
    for (const zone of dataset.safety.dangerZones) {
      if (!zone.depthMm) continue;
      expect(zone.guidance, zone.id).toMatch(new RegExp(`\\b${zone.depthMm.min}\\b`));
      expect(zone.guidance, zone.id).toMatch(new RegExp(`\\b${zone.depthMm.max}\\b`));
    }
    for (const m of muscles) {
      for (const risk of m.needling.structuresAtRisk) {
        const range = risk.dangerZone ? zoneById.get(risk.dangerZone)?.depthMm : undefined;
        if (!range || risk.typicalDepthMm === undefined) continue;
        expect(risk.typicalDepthMm, `${m.id}: ${risk.structure}`).toBeGreaterThanOrEqual(range.min);
        expect(risk.typicalDepthMm, `${m.id}: ${risk.structure}`).toBeLessThanOrEqual(range.max);
      }
    }
  });

  it("gives the lung and kidney zones depth figures, and a depth to the pleura over the chest wall", () => {
    for (const { zone } of ORGANS) expect(zoneById.get(zone)?.depthMm, zone).toBeDefined();
    for (const id of ["upper-trapezius", "rhomboids", "serratus-anterior", "pectoralis-major", "infraspinatus"]) {
      const lung = dataset.muscleById.get(id)?.needling.structuresAtRisk.find((s) => s.dangerZone === ORGANS[0].zone);
      expect(lung?.typicalDepthMm, id).toBeGreaterThan(0);
    }
  });

  it("keeps every depth plausible for a slim adult (3-60 mm)", () => {
    for (const m of muscles) {
      for (const risk of m.needling.structuresAtRisk) {
        if (risk.typicalDepthMm === undefined) continue;
        expect(risk.typicalDepthMm, `${m.id}: ${risk.structure}`).toBeGreaterThanOrEqual(3);
        expect(risk.typicalDepthMm, `${m.id}: ${risk.structure}`).toBeLessThanOrEqual(60);
      }
    }
  });

  it("cites a dry-needling source on every muscle's needling notes", () => {
    const needlingSources = new Set(["dommerholt-2013", "donnelly-2019"]);
    for (const m of muscles)
      expect(
        m.sources.some((c) => needlingSources.has(c.source)),
        m.id,
      ).toBe(true);
  });
});
