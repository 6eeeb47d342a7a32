import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedMesh, loadGlb } from "../../scripts/model/preview/loadGlb";
import { readDatasetFiles, repoRoot } from "../../scripts/readDatasetFiles";
import { formatProblem } from "../../src/domain/datasetError";
import type { Dataset } from "../../src/domain/datasetTypes";
import {
  type CompiledDangerZone,
  dangerWeight,
  dangerZonesOf,
  drawnDangerZones,
} from "../../src/domain/safety/dangerZoneAreas";
import { loadDataset, validateDataset } from "../../src/domain/validateDataset";
import { tinyDatasetFiles } from "../fixtures/tinyDataset";

let dataset: Dataset;
let skin: LoadedMesh;

beforeAll(async () => {
  dataset = loadDataset(readDatasetFiles());
  const { meshes } = await loadGlb(join(repoRoot, "public/models/body.glb"));
  const found = meshes.find((m) => m.name === "skin");
  if (!found) throw new Error("the model has no skin");
  skin = found;
});

const zone = (id: string): CompiledDangerZone => {
  const found = drawnDangerZones(dataset).find((z) => z.zone.id === id);
  if (!found) throw new Error(`danger zone ${id} has no outline`);
  return found;
};
const at = (id: string, mirror = false): [number, number, number] => {
  const p = dataset.landmarkById.get(id)?.position;
  if (!p) throw new Error(`no landmark ${id}`);
  return [mirror ? -p[0] : p[0], p[1], p[2]];
};

/** Skin vertices inside a zone's outline on each side of the body (x > 0 is the body's left). */
function paintedVertices(compiled: CompiledDangerZone): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (let v = 0; v < skin.positions.length / 3; v++) {
    const [x, y, z] = [skin.positions[v * 3] ?? 0, skin.positions[v * 3 + 1] ?? 0, skin.positions[v * 3 + 2] ?? 0];
    if (dangerWeight(compiled, x, y, z, skin.parts?.[v] ?? -1) < 0.5) continue;
    if (x >= 0) left += 1;
    if (x <= 0) right += 1;
  }
  return { left, right };
}

describe("danger-zone outlines on the skin", () => {
  it("draws the lung fields, the kidneys and the main neurovascular bundles", () => {
    const drawn = drawnDangerZones(dataset).map((z) => z.zone.id);
    for (const id of [
      "lung-apex-and-chest-wall",
      "kidney",
      "carotid-sheath",
      "vertebral-artery",
      "brachial-plexus",
      "median-nerve",
      "ulnar-nerve",
      "radial-nerve",
      "femoral-triangle",
      "sciatic-nerve",
      "popliteal-fossa",
      "common-fibular-nerve",
    ]) {
      expect(drawn).toContain(id);
    }
  });

  it("puts the lung field over the upper back and the front of the chest, on both sides, and never on the arm", () => {
    const lung = zone("lung-apex-and-chest-wall");
    for (const id of [
      "thoracic-paraspinal",
      "medial-scapular-border",
      "pectoral",
      "lateral-chest",
      "supraspinous-fossa",
    ]) {
      expect(dangerWeight(lung, ...at(id)), id).toBeGreaterThanOrEqual(0.5);
      expect(dangerWeight(lung, ...at(id, true)), `${id} (right)`).toBeGreaterThanOrEqual(0.5);
    }
    for (const id of ["lumbar", "umbilicus", "medial-upper-arm", "lateral-upper-arm"]) {
      expect(dangerWeight(lung, ...at(id), 3), id).toBeLessThan(0.5);
    }
    const kidney = zone("kidney");
    expect(dangerWeight(kidney, ...at("lumbar"))).toBeGreaterThanOrEqual(0.5);
    expect(dangerWeight(kidney, ...at("thoracic-paraspinal"))).toBeLessThan(0.5);
  });

  it("paints every drawn zone on the model's skin, the same on the left and the right", () => {
    for (const compiled of drawnDangerZones(dataset)) {
      const { left, right } = paintedVertices(compiled);
      expect(left, compiled.zone.id).toBeGreaterThan(60);
      expect(right / left, compiled.zone.id).toBeGreaterThan(0.6);
      expect(right / left, compiled.zone.id).toBeLessThan(1.6);
    }
  });

  it("gives a muscle its own zones only", () => {
    const zones = dangerZonesOf(dataset, "rhomboids").map((z) => z.id);
    expect(zones).toContain("lung-apex-and-chest-wall");
    expect(zones).not.toContain("kidney");
    expect(dangerZonesOf(dataset).length).toBe(dataset.safety.dangerZones.length);
  });

  it("rejects an outline anchored on an unknown landmark or citing an unknown source, naming the path", () => {
    const files = structuredClone(tinyDatasetFiles());
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks untyped JSON on purpose.
    const zones = (files.safety.json as any).dangerZones;
    zones[0].surface = {
      shapes: [{ shape: "capsule", path: ["nowhere", "somewhere"], radius: 0.02 }],
      sources: [{ source: "no-such-book", chapter: 3 }],
    };
    const result = validateDataset(files);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems.join("\n")).toContain("dangerZones[0].surface.shapes[0].path[0]");
    expect(problems.join("\n")).toContain('unknown landmark id "nowhere"');
    expect(problems.join("\n")).toContain("dangerZones[0].surface.sources[0].source");
  });
});
