import type { LoftSurface } from "./loftSurface";

/** A muscle mesh before it is named: positions, normals, UVs (u across, v along) and triangles. */
export interface MuscleMesh {
  /** xyz per vertex. */
  positions: Float32Array;
  /** xyz unit normal per vertex. */
  normals: Float32Array;
  /** uv per vertex. */
  uvs: Float32Array;
  /** Three indices per triangle, counter-clockwise from outside. */
  indices: Uint32Array;
}

/**
 * Closes a loft into a solid slab: the outer sheet, an inner sheet pushed in by the thickness, and a
 * rim joining them along the four edges.
 */
export function loftMesh(surface: LoftSurface): MuscleMesh {
  const { nu, nv, points, normals, thickness } = surface;
  const cols = nu + 1;
  const layer = cols * (nv + 1);
  const positions = new Float32Array(layer * 2 * 3);
  const outNormals = new Float32Array(layer * 2 * 3);
  const uvs = new Float32Array(layer * 2 * 2);
  points.forEach((p, k) => {
    const n = normals[k] ?? [0, 1, 0];
    const t = thickness[k] ?? 0;
    positions.set(p, k * 3);
    positions.set([p[0] - n[0] * t, p[1] - n[1] * t, p[2] - n[2] * t], (k + layer) * 3);
    outNormals.set(n, k * 3);
    outNormals.set([-n[0], -n[1], -n[2]], (k + layer) * 3);
    const uv = [(k % cols) / nu, Math.floor(k / cols) / nv];
    uvs.set(uv, k * 2);
    uvs.set(uv, (k + layer) * 2);
  });
  let facing = 0;
  const at = (i: number, j: number) => j * cols + i;
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const a = points[at(i, j)];
      const b = points[at(i + 1, j)];
      const c = points[at(i, j + 1)];
      const n = normals[at(i, j)];
      if (!a || !b || !c || !n) continue;
      const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
      const e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
      const [x1 = 0, y1 = 0, z1 = 0] = e1;
      const [x2 = 0, y2 = 0, z2 = 0] = e2;
      facing += (y1 * z2 - z1 * y2) * n[0] + (z1 * x2 - x1 * z2) * n[1] + (x1 * y2 - y1 * x2) * n[2];
    }
  }
  const flip = facing < 0;
  const indices: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, reverse: boolean) => {
    if (reverse !== flip) indices.push(a, d, c, a, c, b);
    else indices.push(a, b, c, a, c, d);
  };
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      quad(at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1), false);
      quad(at(i, j) + layer, at(i + 1, j) + layer, at(i + 1, j + 1) + layer, at(i, j + 1) + layer, true);
    }
  }
  for (let i = 0; i < nu; i++) {
    quad(at(i, 0) + layer, at(i + 1, 0) + layer, at(i + 1, 0), at(i, 0), false);
    quad(at(i, nv), at(i + 1, nv), at(i + 1, nv) + layer, at(i, nv) + layer, false);
  }
  for (let j = 0; j < nv; j++) {
    quad(at(0, j), at(0, j + 1), at(0, j + 1) + layer, at(0, j) + layer, false);
    quad(at(nu, j) + layer, at(nu, j + 1) + layer, at(nu, j + 1), at(nu, j), false);
  }
  return { positions, normals: outNormals, uvs, indices: Uint32Array.from(indices) };
}
