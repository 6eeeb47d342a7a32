import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedMesh, loadGlb } from "../../../scripts/model/preview/loadGlb";
import { repoRoot } from "../../../scripts/readDatasetFiles";
import { isAxial, partsOf, SKIN_PARTS, skinPartCode } from "../../../src/domain/bodyParts/bodyParts";
import { createRegionRule } from "../../../src/domain/bodyParts/regionRule";
import { bundledDatasetFiles } from "../../../src/domain/bundledDatasetFiles";
import { compileReferral } from "../../../src/domain/referral/compileReferral";
import { muscleInstances } from "../../../src/domain/referral/muscleInstances";
import { emptySample, zoneField } from "../../../src/domain/referral/zoneField";
import { loadDataset } from "../../../src/domain/validateDataset";

const dataset = loadDataset(bundledDatasetFiles);
let skin: LoadedMesh;

beforeAll(async () => {
  const { meshes } = await loadGlb(join(repoRoot, "public/models/body.glb"));
  const found = meshes.find((m) => m.name === "skin");
  if (!found?.parts || !found.regions) throw new Error("the model's skin lacks _PART or _REGION");
  skin = found;
});

function nearestVertex(x: number, y: number, z: number): number {
  let best = Number.POSITIVE_INFINITY;
  let index = -1;
  const p = skin.positions;
  for (let v = 0; v < p.length / 3; v++) {
    const d = ((p[v * 3] ?? 0) - x) ** 2 + ((p[v * 3 + 1] ?? 0) - y) ** 2 + ((p[v * 3 + 2] ?? 0) - z) ** 2;
    if (d < best) {
      best = d;
      index = v;
    }
  }
  return index;
}

describe("body parts on the skin", () => {
  it("gives every skin vertex a part, and every part some skin", () => {
    const counts = new Array<number>(SKIN_PARTS.length).fill(0);
    for (const code of skin.parts ?? []) counts[code] = (counts[code] ?? 0) + 1;
    expect(counts.every((n) => n > 500)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(skin.positions.length / 3);
  });

  it("agrees with the part of every landmark on both sides (one of the parts a seam landmark lists)", () => {
    const disagreements: string[] = [];
    for (const landmark of dataset.landmarks) {
      const parts = partsOf(landmark.part);
      if (parts.length === 0) continue;
      const [x, y, z] = landmark.position;
      for (const side of x === 0 ? (["left"] as const) : (["left", "right"] as const)) {
        const v = nearestVertex(side === "left" ? x : -x, y, z);
        const found = skin.parts?.[v] ?? -1;
        if (!parts.some((part) => skinPartCode(part, side) === found)) {
          disagreements.push(`${landmark.id}.${side}: data ${parts.join("+")}, skin ${SKIN_PARTS[found]}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("labels the skin's regions by the app's region rule (up to ties moved by quantized positions)", () => {
    const rule = createRegionRule(dataset.regions, dataset.landmarkById);
    const regionIds = dataset.regions.map((r) => r.id);
    let differ = 0;
    const p = skin.positions;
    for (let v = 0; v < p.length / 3; v++) {
      const region = rule.regionAt(p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0, skin.parts?.[v]);
      if (region !== regionIds[skin.regions?.[v] ?? -1]) differ += 1;
    }
    expect(differ / (p.length / 3)).toBeLessThan(0.001);
  });

  it("keeps arm skin in arm regions and trunk skin out of them", () => {
    const armRegions = new Set(["upper-arm", "elbow", "forearm", "wrist-hand"]);
    const regionIds = dataset.regions.map((r) => r.id);
    const wrong: string[] = [];
    skin.parts?.forEach((code, v) => {
      const region = regionIds[skin.regions?.[v] ?? -1] ?? "";
      if (isAxial(code) && armRegions.has(region)) wrong.push(`vertex ${v} (${SKIN_PARTS[code]}) in ${region}`);
    });
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("never paints a trunk pattern on an arm nor an arm pattern on the trunk", () => {
    const sample = emptySample();
    const leaks: string[] = [];
    let leaksWithoutParts = 0;
    const p = skin.positions;
    for (const instance of muscleInstances(dataset)) {
      const referral = compileReferral(instance, dataset);
      for (let v = 0; v < p.length / 3; v += 3) {
        const [x, y, z] = [p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0];
        const code = skin.parts?.[v] ?? -1;
        zoneField(referral, x, y, z, code, sample);
        const painted = Math.max(sample.essential, sample.spillover) >= 0.5;
        const zone =
          instance.muscle.referral.zones[sample.essential >= 0.5 ? sample.essentialZone : sample.spilloverZone];
        if (painted && zone) {
          const refs = zone.shape === "ellipsoid" ? [zone.center] : zone.path;
          const anchored = refs.some((ref) => {
            const parts = partsOf(dataset.landmarkById.get(typeof ref === "string" ? ref : ref.at)?.part);
            return parts.some((part) =>
              isAxial(code) ? isAxial(skinPartCode(part, "left")) : part === SKIN_PARTS[code]?.split(".")[0],
            );
          });
          if (!anchored) leaks.push(`${instance.key} paints ${SKIN_PARTS[code]} at vertex ${v}`);
        }
        zoneField(referral, x, y, z, -1, sample);
        if (!painted && Math.max(sample.essential, sample.spillover) >= 0.5) leaksWithoutParts += 1;
      }
    }
    expect(leaks.slice(0, 5)).toEqual([]);
    // Without the parts, the same patterns would spill across: the rule is what keeps them apart.
    expect(leaksWithoutParts).toBeGreaterThan(100);
  });
});
