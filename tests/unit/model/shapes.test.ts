import { describe, expect, it } from "vitest";
import { MeshBuilder } from "../../../scripts/model/bones/meshBuilder";
import { ribCage } from "../../../scripts/model/bones/thorax";
import { keepInside } from "../../../scripts/model/muscles/keepInside";
import type { MuscleMesh } from "../../../scripts/model/muscles/loftMesh";
import { loftSurface } from "../../../scripts/model/muscles/loftSurface";
import type { MuscleLayout } from "../../../scripts/model/muscles/muscleLayout";
import { muscleProfile } from "../../../scripts/model/muscles/muscleLooks";
import { tendonNarrowing, widthProfile } from "../../../scripts/model/muscles/profiles";
import type { MuscleGeometry } from "../../../src/domain/schema/geometrySchema";

const sphere = (x: number, y: number, z: number) => Math.hypot(x, y, z) - 0.2;

function edgeUses(indices: readonly number[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = indices[t + k] ?? 0;
      const b = indices[t + ((k + 1) % 3)] ?? 0;
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  return uses;
}

describe("muscle shape profiles", () => {
  it("keeps fusiform bellies full and narrows only their short tendons", () => {
    expect(tendonNarrowing("fusiform", 0.5)).toBe(1);
    expect(tendonNarrowing("fusiform", 0)).toBeLessThan(0.5);
    expect(tendonNarrowing("fusiform", 1)).toBeLessThan(0.5);
    expect(tendonNarrowing("strap", 0)).toBe(1);
    expect(widthProfile("fusiform", 0.2)).toBeGreaterThan(0.6);
  });

  it("bows an arched origin line away from the insertion, so a fan's border is rounded", () => {
    const geometry: MuscleGeometry = {
      shape: "fan",
      origin: ["a", "b"],
      insertion: ["c"],
      via: [],
      width: 0.08,
      thickness: 0.01,
      wrap: true,
    };
    const layout: MuscleLayout = {
      origin: [
        [-0.04, 0.18, 0.07],
        [0.04, 0.18, 0.07],
      ],
      insertion: [[0, 0.08, 0.17]],
      via: [],
      depth: 0.002,
    };
    const flat = muscleProfile("", geometry);
    const middle = (arch: number) => {
      const s = loftSurface(layout, geometry, sphere, { profile: { ...flat, arch } });
      const p = s.points[Math.floor(s.nu / 2)] ?? [0, 0, 0];
      return Math.hypot(p[0], p[1] - 0.08, p[2] - 0.17);
    };
    expect(middle(0.25)).toBeGreaterThan(middle(0) + 0.008);
  });
});

describe("keepInside", () => {
  it("pulls a triangle bridging a crease between two lobes under the skin", () => {
    const lobes = (x: number, y: number, z: number) =>
      Math.min(Math.hypot(x - 0.012, y, z) - 0.01, Math.hypot(x + 0.012, y, z) - 0.01);
    const mesh: MuscleMesh = {
      positions: Float32Array.from([0.012, 0.007, 0, -0.012, 0.007, 0, 0.012, 0, 0.007]),
      normals: new Float32Array(9),
      uvs: new Float32Array(6),
      indices: Uint32Array.from([0, 1, 2]),
    };
    keepInside(mesh, lobes);
    const centre = [0, 1, 2].map((k) => [0, 1, 2].reduce((s, v) => s + (mesh.positions[v * 3 + k] ?? 0) / 3, 0));
    expect(lobes(centre[0] ?? 0, centre[1] ?? 0, centre[2] ?? 0)).toBeLessThan(-0.0015);
  });
});

describe("bone proxies", () => {
  it("closes a curved plate: every edge joins exactly two triangles", () => {
    const rows = [0, 1, 2].map((r) => [0, 1, 2, 3].map((c) => [c * 0.01, r * 0.01, 0.002 * c * c] as const));
    const plate = new MeshBuilder().plate(
      rows.map((row) => row.map((p) => [...p] as [number, number, number])),
      0.003,
    );
    expect([...edgeUses(plate.indices).values()].every((n) => n === 2)).toBe(true);
  });

  it("builds twelve ribs a side plus cartilages and sternum", () => {
    const ribs = ribCage();
    expect(ribs.indices.length / 3).toBeGreaterThan(2000);
    const ys = ribs.positions.filter((_, i) => i % 3 === 1);
    expect(Math.max(...ys)).toBeLessThan(1.46);
    expect(Math.min(...ys)).toBeGreaterThan(1.05);
  });
});
