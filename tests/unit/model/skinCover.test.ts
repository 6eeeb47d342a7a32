import { join } from "node:path";
import { BufferAttribute, BufferGeometry, Vector3 } from "three";
import { type HitPointInfo, MeshBVH } from "three-mesh-bvh";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedMesh, loadGlb } from "../../../scripts/model/preview/loadGlb";
import { createSkinField } from "../../../scripts/model/skin/skinField";
import { repoRoot } from "../../../scripts/readDatasetFiles";

/** How deep every muscle point must lie under the skin, metres. */
const COVER = 0.0015;

let meshes: LoadedMesh[];

beforeAll(async () => {
  ({ meshes } = await loadGlb(join(repoRoot, "public/models/body.glb")));
});

const muscles = () => meshes.filter((m) => m.name !== "skin" && !m.name.startsWith("bone:"));

/** About `count` points per mesh: every k-th vertex plus triangle centres. */
function samples(mesh: LoadedMesh, count: number): [number, number, number][] {
  const p = mesh.positions;
  const out: [number, number, number][] = [];
  const vertexStep = Math.max(1, Math.floor(p.length / 3 / count));
  for (let v = 0; v < p.length / 3; v += vertexStep) out.push([p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0]);
  const tris = mesh.indices;
  const triStep = Math.max(1, Math.floor(tris.length / 3 / count)) * 3;
  for (let t = 0; t < tris.length; t += triStep) {
    const c = [0, 1, 2].map((k) => [0, 1, 2].reduce((s, i) => s + (p[(tris[t + i] ?? 0) * 3 + k] ?? 0) / 3, 0));
    out.push([c[0] ?? 0, c[1] ?? 0, c[2] ?? 0]);
  }
  return out;
}

describe("skin cover", () => {
  it("keeps every sampled muscle point at least 1.5 mm inside the skin field", () => {
    const field = createSkinField();
    const outside: string[] = [];
    for (const mesh of muscles()) {
      for (const [x, y, z] of samples(mesh, 60)) {
        const d = field.distance(x, y, z);
        if (d > -COVER)
          outside.push(`${mesh.name} at ${[x, y, z].map((c) => c.toFixed(3))}: ${(d * 1000).toFixed(1)} mm`);
      }
    }
    expect(outside.slice(0, 10)).toEqual([]);
  });

  it("keeps every sampled muscle point at least 1.5 mm from the skin mesh, on its inner side", () => {
    const skin = meshes.find((m) => m.name === "skin");
    if (!skin) throw new Error("no skin mesh");
    const geometry = new BufferGeometry();
    geometry.setAttribute("position", new BufferAttribute(skin.positions, 3));
    geometry.setIndex(new BufferAttribute(skin.indices, 1));
    const bvh = new MeshBVH(geometry);
    const field = createSkinField();
    const hit: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };
    const p = new Vector3();
    const close: string[] = [];
    for (const mesh of muscles()) {
      for (const [x, y, z] of samples(mesh, 30)) {
        bvh.closestPointToPoint(p.set(x, y, z), hit);
        if (field.distance(x, y, z) > 0 || hit.distance < COVER)
          close.push(`${mesh.name} at ${[x, y, z].map((c) => c.toFixed(3))}: ${(hit.distance * 1000).toFixed(1)} mm`);
      }
    }
    expect(close.slice(0, 10)).toEqual([]);
  });
});
