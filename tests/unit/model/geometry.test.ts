import { describe, expect, it } from "vitest";
import { createBlendedField } from "../../../src/domain/geometry/blendedField";
import { distanceToMesh } from "../../../src/domain/geometry/distanceToMesh";
import { projectToLevel } from "../../../src/domain/geometry/fieldOps";
import { catmullRom, pointAlongPolyline } from "../../../src/domain/geometry/polyline";
import { ellipsoid, roundBox, roundCone } from "../../../src/domain/geometry/sdfPrimitives";
import { smoothMin } from "../../../src/domain/geometry/smoothMin";
import { surfaceNets } from "../../../src/domain/geometry/surfaceNets";

const sphere = (r: number) => (x: number, y: number, z: number) => Math.hypot(x, y, z) - r;

/** Every undirected edge of a closed, consistently wound mesh is used once in each direction. */
function isClosedManifold(indices: Uint32Array): boolean {
  const edges = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = indices[t + k] ?? 0;
      const b = indices[t + ((k + 1) % 3)] ?? 0;
      edges.set(`${a}>${b}`, (edges.get(`${a}>${b}`) ?? 0) + 1);
    }
  }
  return [...edges].every(([key, n]) => n === 1 && edges.get(key.split(">").reverse().join(">")) === 1);
}

function signedVolume(positions: Float32Array, indices: Uint32Array): number {
  let v = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => (indices[t + k] ?? 0) * 3);
    const p = (i: number | undefined, k: number) => positions[(i ?? 0) + k] ?? 0;
    v +=
      p(a, 0) * (p(b, 1) * p(c, 2) - p(b, 2) * p(c, 1)) -
      p(a, 1) * (p(b, 0) * p(c, 2) - p(b, 2) * p(c, 0)) +
      p(a, 2) * (p(b, 0) * p(c, 1) - p(b, 1) * p(c, 0));
  }
  return v / 6;
}

describe("surface nets", () => {
  const mesh = surfaceNets(sphere(0.1), { min: [-0.13, -0.13, -0.13], max: [0.13, 0.13, 0.13], cellSize: 0.01 });

  it("puts every vertex near the sphere", () => {
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const r = Math.hypot(mesh.positions[i] ?? 0, mesh.positions[i + 1] ?? 0, mesh.positions[i + 2] ?? 0);
      expect(Math.abs(r - 0.1)).toBeLessThan(0.005);
    }
  });

  it("makes a closed mesh wound outward with the sphere's volume", () => {
    expect(isClosedManifold(mesh.indices)).toBe(true);
    expect(signedVolume(mesh.positions, mesh.indices)).toBeCloseTo((4 / 3) * Math.PI * 0.001, 3);
  });

  it("measures distances to the mesh", () => {
    expect(distanceToMesh([0, 0.15, 0], mesh.positions, mesh.indices)).toBeCloseTo(0.05, 2);
  });
});

describe("sdf primitives", () => {
  it("gives exact distances for round cones and boxes", () => {
    const cone = roundCone([0, 0, 0], [0, 1, 0], 0.2, 0.1);
    expect(cone.distance(0.5, 0, 0)).toBeCloseTo(0.3, 6);
    expect(cone.distance(0, 1.3, 0)).toBeCloseTo(0.2, 6);
    expect(roundBox([0, 0, 0], [1, 1, 1], 0.1).distance(2, 0, 0)).toBeCloseTo(1, 6);
  });

  it("gives the right sign and surface for ellipsoids", () => {
    const e = ellipsoid([0, 0, 0], [0.2, 0.1, 0.1]);
    expect(e.distance(0.2, 0, 0)).toBeCloseTo(0, 6);
    expect(e.distance(0, 0, 0)).toBeLessThan(0);
    expect(e.distance(0.3, 0, 0)).toBeGreaterThan(0);
  });

  it("blends with a smooth minimum that never exceeds the minimum", () => {
    expect(smoothMin(0.1, 0.1, 0.04)).toBeCloseTo(0.09, 6);
    expect(smoothMin(0.1, 0.5, 0.04)).toBe(0.1);
  });

  it("culls primitives per cell without changing the field", () => {
    const entries = [
      { shape: ellipsoid([0, 0, 0], [0.2, 0.1, 0.1]), blend: 0.03, part: 0 },
      { shape: roundCone([0.15, 0, 0], [0.4, 0.2, 0], 0.05, 0.03), blend: 0.03, part: 1 },
    ];
    const culled = createBlendedField(entries, { cellSize: 0.02 });
    const exact = createBlendedField(entries, { cellSize: 10 });
    const points: [number, number, number][] = [
      [0.1, 0.05, 0],
      [0.3, 0.1, 0.04],
      [0.2, 0.02, 0.01],
    ];
    for (const [x, y, z] of points) {
      expect(culled.distance(x, y, z)).toBeCloseTo(exact.distance(x, y, z), 6);
    }
    expect(culled.nearestPart(0.38, 0.19, 0)).toBe(1);
  });

  it("projects points onto a level set", () => {
    const p = projectToLevel(sphere(0.1), [0.3, 0.1, 0], -0.01);
    expect(Math.hypot(...p)).toBeCloseTo(0.09, 5);
  });
});

describe("polylines", () => {
  it("interpolates by arc length and passes a spline through its points", () => {
    expect(
      pointAlongPolyline(
        [
          [0, 0, 0],
          [1, 0, 0],
          [1, 3, 0],
        ],
        0.5,
      ),
    ).toEqual([1, 1, 0]);
    expect(
      catmullRom(
        [
          [0, 0, 0],
          [1, 1, 0],
          [2, 0, 0],
        ],
        0.5,
      ),
    ).toEqual([1, 1, 0]);
  });
});
