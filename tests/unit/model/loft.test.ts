import { describe, expect, it } from "vitest";
import { freeBellyMesh } from "../../../scripts/model/muscles/freeBelly";
import { loftMesh } from "../../../scripts/model/muscles/loftMesh";
import { loftSurface } from "../../../scripts/model/muscles/loftSurface";
import type { MuscleLayout } from "../../../scripts/model/muscles/muscleLayout";
import { pointOnBelly, pointOnLoft } from "../../../scripts/model/muscles/triggerPointPositions";
import { distanceToMesh } from "../../../src/domain/geometry/distanceToMesh";
import type { MuscleGeometry } from "../../../src/domain/schema/geometrySchema";

const skin = (x: number, y: number, z: number) => Math.hypot(x, y, z) - 0.2;
const geometry: MuscleGeometry = {
  shape: "fusiform",
  origin: ["a"],
  insertion: ["b"],
  via: [],
  width: 0.05,
  thickness: 0.01,
  wrap: true,
};
const layout: MuscleLayout = {
  origin: [[0, 0.2, 0.05]],
  insertion: [[0.15, 0.05, 0.1]],
  via: [[0.1, 0.15, 0.12]],
  depth: 0.003,
};

describe("muscle loft", () => {
  const surface = loftSurface(layout, geometry, skin);
  const mesh = loftMesh(surface);

  it("lays the outer face on the skin inset by the depth", () => {
    for (const p of surface.points) expect(Math.hypot(...p)).toBeCloseTo(0.197, 4);
  });

  it("keeps the thickness inside and the normals outward", () => {
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const p = [mesh.positions[i] ?? 0, mesh.positions[i + 1] ?? 0, mesh.positions[i + 2] ?? 0] as const;
      expect(Math.hypot(...p)).toBeLessThanOrEqual(0.1971);
    }
    const n = surface.normals[0] ?? [0, 0, 0];
    const p = surface.points[0] ?? [0, 0, 0];
    expect(n[0] * p[0] + n[1] * p[1] + n[2] * p[2]).toBeGreaterThan(0);
  });

  it("carries u across and v along in its UVs", () => {
    expect(mesh.uvs.length / 2).toBe(mesh.positions.length / 3);
    expect(Math.max(...mesh.uvs)).toBe(1);
    expect(Math.min(...mesh.uvs)).toBe(0);
  });

  it("places trigger points on its outer face", () => {
    const tp = pointOnLoft(surface, 0.5, 0.4);
    expect(distanceToMesh(tp, mesh.positions, mesh.indices)).toBeLessThan(1e-4);
  });
});

describe("free belly", () => {
  it("wraps a capped tube around the axis and places points on it", () => {
    const mesh = freeBellyMesh(layout, { ...geometry, wrap: false });
    expect(mesh.indices.length % 3).toBe(0);
    const tp = pointOnBelly(layout, geometry, 0.5, 0.3);
    expect(distanceToMesh(tp, mesh.positions, mesh.indices)).toBeLessThan(0.002);
  });
});
