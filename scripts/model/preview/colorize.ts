import type { LoadedMesh } from "./loadGlb";
import type { ShadedMesh } from "./rasterizer";

type Rgb = readonly [number, number, number];

/** Neutral warm skin tone. */
export const SKIN: Rgb = [0.86, 0.7, 0.6];
const MUSCLE: Rgb = [0.7, 0.17, 0.15];
const TENDON: Rgb = [0.93, 0.88, 0.82];
const BONE: Rgb = [0.92, 0.9, 0.83];

function paint(mesh: LoadedMesh, colorOf: (v: number) => Rgb): ShadedMesh {
  const count = mesh.positions.length / 3;
  const colors = new Float32Array(count * 3);
  for (let v = 0; v < count; v++) colors.set(colorOf(v), v * 3);
  return { positions: mesh.positions, normals: mesh.normals, indices: mesh.indices, colors };
}

/** Skin in one flat tone. */
export function skinColors(mesh: LoadedMesh): ShadedMesh {
  return paint(mesh, () => SKIN);
}

/** Skin coloured by `_REGION`, a distinct hue per region. */
export function regionColors(mesh: LoadedMesh): ShadedMesh {
  return paint(mesh, (v) => {
    const r = mesh.regions?.[v] ?? 0;
    const hue = (r * 0.618034) % 1;
    const k = (n: number) => (n + hue * 6) % 6;
    const f = (n: number) => 0.85 - 0.55 * Math.max(0, Math.min(k(n), 4 - k(n), 1));
    return [f(5), f(3), f(1)];
  });
}

/** Muscle red with fibre stripes along v and pale tendon ends, from the UVs and the node's `tendon` extras. */
export function muscleColors(mesh: LoadedMesh): ShadedMesh {
  const [start, end] = (mesh.extras.tendon as [number, number] | undefined) ?? [0, 0];
  return paint(mesh, (v) => {
    const u = mesh.uvs?.[v * 2] ?? 0.5;
    const t = mesh.uvs?.[v * 2 + 1] ?? 0.5;
    const tendon = Math.max(start > 0 ? 1 - t / start : 0, end > 0 ? 1 - (1 - t) / end : 0, 0);
    const w = Math.min(1, tendon * 2.5);
    const stripe = 0.88 + 0.12 * Math.cos(u * Math.PI * 2 * 7);
    return [0, 1, 2].map((k) => (MUSCLE[k] ?? 0) * stripe * (1 - w) + (TENDON[k] ?? 0) * w) as unknown as Rgb;
  });
}

/** Bone ivory. */
export function boneColors(mesh: LoadedMesh): ShadedMesh {
  return paint(mesh, () => BONE);
}
