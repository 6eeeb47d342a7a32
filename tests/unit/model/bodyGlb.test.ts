import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateBytes } from "gltf-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedMesh, loadGlb } from "../../../scripts/model/preview/loadGlb";
import { readDatasetFiles, repoRoot } from "../../../scripts/readDatasetFiles";
import type { Dataset } from "../../../src/domain/datasetTypes";
import { distanceToMesh } from "../../../src/domain/geometry/distanceToMesh";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import { loadDataset } from "../../../src/domain/validateDataset";

const glbPath = join(repoRoot, "public/models/body.glb");
let dataset: Dataset;
let meshes: LoadedMesh[];
let sceneExtras: Record<string, unknown>;

beforeAll(async () => {
  dataset = loadDataset(readDatasetFiles());
  ({ meshes, sceneExtras } = await loadGlb(glbPath));
});

const skin = () => {
  const mesh = meshes.find((m) => m.name === "skin");
  if (!mesh) throw new Error("the model has no `skin` node");
  return mesh;
};
const muscleMeshes = () => meshes.filter((m) => m.name !== "skin" && !m.name.startsWith("bone:"));
const vertices = (m: LoadedMesh): Vec3[] =>
  Array.from({ length: m.positions.length / 3 }, (_, i) => [
    m.positions[i * 3] ?? 0,
    m.positions[i * 3 + 1] ?? 0,
    m.positions[i * 3 + 2] ?? 0,
  ]);

describe("public/models/body.glb", () => {
  it("was generated from the current dataset", () => {
    expect(sceneExtras.datasetVersion, "public/models/body.glb is stale: run `npm run model`").toBe(dataset.version);
  });

  it("has a mesh for every dataset muscle and side, and no other muscle meshes", () => {
    const expected = dataset.muscles.flatMap((m) => (m.midline ? [m.id] : [`${m.id}.left`, `${m.id}.right`])).sort();
    expect(
      muscleMeshes()
        .map((m) => m.name)
        .sort(),
    ).toEqual(expected);
    for (const mesh of muscleMeshes()) expect(mesh.indices.length, mesh.name).toBeGreaterThan(0);
  });

  it("labels every skin vertex with a dataset region and gives every region some skin", () => {
    const s = skin();
    expect(s.extras.regions).toEqual(dataset.regions.map((r) => r.id));
    const counts = new Map<number, number>();
    for (const r of s.regions ?? []) counts.set(r, (counts.get(r) ?? 0) + 1);
    for (const index of counts.keys()) expect(index).toBeLessThan(dataset.regions.length);
    for (const [i, region] of dataset.regions.entries())
      expect(counts.get(i) ?? 0, `region ${region.id}`).toBeGreaterThan(20);
  });

  it("stores every trigger point within 1 cm of its muscle's mesh", () => {
    for (const mesh of muscleMeshes()) {
      const muscle = dataset.muscleById.get(String(mesh.extras.muscle));
      const points = mesh.extras.triggerPoints as { id: string; position: Vec3 }[];
      expect(
        points.map((p) => p.id),
        mesh.name,
      ).toEqual(muscle?.triggerPoints.map((tp) => tp.id));
      for (const tp of points) {
        expect(distanceToMesh(tp.position, mesh.positions, mesh.indices), `${mesh.name} ${tp.id}`).toBeLessThan(0.01);
      }
    }
  });

  it("has every surface landmark within 1 cm of the skin on both sides", () => {
    const s = skin();
    for (const landmark of dataset.landmarks.filter((l) => l.kind === "surface")) {
      const [x, y, z] = landmark.position;
      for (const p of x === 0 ? [landmark.position] : [landmark.position, [-x, y, z] as Vec3]) {
        expect(distanceToMesh(p, s.positions, s.indices), `${landmark.id} at x=${p[0]}`).toBeLessThan(0.01);
      }
    }
  });

  it("stands on y = 0, is 1.65-1.85 m tall, faces +Z and has its left side at +X", () => {
    const points = vertices(skin());
    const ys = points.map((p) => p[1]);
    expect(Math.abs(Math.min(...ys))).toBeLessThan(0.005);
    expect(Math.max(...ys)).toBeGreaterThan(1.65);
    expect(Math.max(...ys)).toBeLessThan(1.85);
    const feet = points.filter((p) => p[1] < 0.03).map((p) => p[2]);
    expect(Math.max(...feet)).toBeGreaterThan(-Math.min(...feet));
    const face = points.filter((p) => p[1] > 1.58 && p[1] < 1.62 && Math.abs(p[0]) < 0.015).map((p) => p[2]);
    expect(Math.max(...face)).toBeGreaterThan(0.1);
    const trapezius = meshes.find((m) => m.name === "upper-trapezius.left");
    const xs = vertices(trapezius ?? skin()).map((p) => p[0]);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeGreaterThan(0);
  });

  it("is a valid glTF", async () => {
    const report = await validateBytes(new Uint8Array(readFileSync(glbPath)));
    const errors = report.issues.messages
      .filter((m) => m.severity === 0)
      .map((m) => `${m.code} ${m.pointer ?? ""}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
