import { catmullRom, pointAlongPolyline } from "../../../src/domain/geometry/polyline";
import { cross, normalize, sub } from "../../../src/domain/geometry/vec3";
import type { MuscleGeometry } from "../../../src/domain/schema/geometrySchema";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import type { MuscleMesh } from "./loftMesh";
import type { MuscleLayout } from "./muscleLayout";
import { thicknessAlong, widthProfile } from "./profiles";

const AROUND = 12;
const ALONG = 16;

/** The belly's axis and the frame and radii of its cross-section at v. */
export function bellySection(layout: MuscleLayout, geometry: MuscleGeometry, v: number) {
  const points = [pointAlongPolyline(layout.origin, 0.5), ...layout.via, pointAlongPolyline(layout.insertion, 0.5)];
  const center = catmullRom(points, v);
  const tangent = normalize(sub(catmullRom(points, Math.min(1, v + 0.02)), catmullRom(points, Math.max(0, v - 0.02))));
  const side = normalize(cross([0, 0, 1], tangent), [1, 0, 0]);
  const front = cross(tangent, side);
  const rw = Math.max(0.002, (geometry.width / 2) * widthProfile(geometry.shape, v));
  const rt = Math.max(0.002, (geometry.thickness / 2) * thicknessAlong(geometry.shape, v));
  return { center, side, front, rw, rt };
}

/**
 * A free belly for muscles that are not wrapped under the skin (`wrap: false`): an elliptical tube
 * along the axis through origin, via and insertion points, capped at both ends. u runs around, v along.
 */
export function freeBellyMesh(layout: MuscleLayout, geometry: MuscleGeometry): MuscleMesh {
  const cols = AROUND + 1;
  const positions: number[] = [];
  const normals: number[] = [];
  const uvs: number[] = [];
  for (let j = 0; j <= ALONG; j++) {
    const v = j / ALONG;
    const { center, side, front, rw, rt } = bellySection(layout, geometry, v);
    for (let i = 0; i <= AROUND; i++) {
      const a = (i / AROUND) * Math.PI * 2;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const p: Vec3 = [0, 1, 2].map(
        (k) => (center[k] ?? 0) + (side[k] ?? 0) * rw * c + (front[k] ?? 0) * rt * s,
      ) as unknown as Vec3;
      const n = normalize([0, 1, 2].map((k) => (side[k] ?? 0) * rt * c + (front[k] ?? 0) * rw * s) as unknown as Vec3);
      positions.push(...p);
      normals.push(...n);
      uvs.push(i / AROUND, v);
    }
  }
  const indices: number[] = [];
  for (let j = 0; j < ALONG; j++) {
    for (let i = 0; i < AROUND; i++) {
      const a = j * cols + i;
      indices.push(a, a + 1, a + cols + 1, a, a + cols + 1, a + cols);
    }
  }
  for (const [row, v] of [
    [0, 0],
    [ALONG, 1],
  ] as const) {
    const { center } = bellySection(layout, geometry, v);
    const tip = positions.length / 3;
    positions.push(...center);
    normals.push(...normalize(sub(center, bellySection(layout, geometry, v === 0 ? 0.05 : 0.95).center)));
    uvs.push(0.5, v);
    for (let i = 0; i < AROUND; i++) {
      const a = row * cols + i;
      if (row === 0) indices.push(tip, a + 1, a);
      else indices.push(tip, a, a + 1);
    }
  }
  return {
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    uvs: Float32Array.from(uvs),
    indices: Uint32Array.from(indices),
  };
}
