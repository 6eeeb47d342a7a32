import type { MuscleMesh } from "./loftMesh";

/**
 * Replaces a mesh's normals (in place) by area-weighted averages of its triangles' normals, so shading
 * shows the mesh's own relief (bellies, sunken edges) rather than the skin it was laid on.
 */
export function recomputeNormals(mesh: MuscleMesh): void {
  const { positions: p, indices, normals } = mesh;
  normals.fill(0);
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t] ?? 0, indices[t + 1] ?? 0, indices[t + 2] ?? 0].map((i) => i * 3) as [
      number,
      number,
      number,
    ];
    const e1 = [0, 1, 2].map((k) => (p[b + k] ?? 0) - (p[a + k] ?? 0));
    const e2 = [0, 1, 2].map((k) => (p[c + k] ?? 0) - (p[a + k] ?? 0));
    const [x1 = 0, y1 = 0, z1 = 0] = e1;
    const [x2 = 0, y2 = 0, z2 = 0] = e2;
    const n = [y1 * z2 - z1 * y2, z1 * x2 - x1 * z2, x1 * y2 - y1 * x2];
    for (const v of [a, b, c]) for (let k = 0; k < 3; k++) normals[v + k] = (normals[v + k] ?? 0) + (n[k] ?? 0);
  }
  for (let v = 0; v < normals.length; v += 3) {
    const l = Math.hypot(normals[v] ?? 0, normals[v + 1] ?? 0, normals[v + 2] ?? 0);
    if (l > 0) for (let k = 0; k < 3; k++) normals[v + k] = (normals[v + k] ?? 0) / l;
    else normals.set([0, 1, 0], v);
  }
}
