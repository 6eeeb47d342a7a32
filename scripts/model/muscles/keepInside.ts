import { fieldNormal } from "../../../src/domain/geometry/fieldOps";
import type { DistanceFunction } from "../../../src/domain/geometry/surfaceNets";
import type { MuscleMesh } from "./loftMesh";

/** Options of `keepInside`. */
export interface KeepInsideOptions {
  /** Depth every vertex keeps under the skin surface, metres (default 0.0023). */
  vertexDepth: number;
  /** Depth every triangle's centre and edge midpoints keep under the skin, metres (default 0.0019). */
  sampleDepth: number;
  /** Passes of the triangle check (default 4). */
  passes: number;
}

/** Defaults of `keepInside`: margins above the 1.5 mm the model promises, for the skin mesh's own chords. */
export const defaultKeepInsideOptions: KeepInsideOptions = { vertexDepth: 0.0023, sampleDepth: 0.0019, passes: 4 };

const SAMPLES = [
  [1 / 3, 1 / 3, 1 / 3],
  [0.5, 0.5, 0],
  [0, 0.5, 0.5],
  [0.5, 0, 0.5],
] as const;

function push(positions: Float32Array, v: number, skin: DistanceFunction, by: number): void {
  const p: [number, number, number] = [positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0];
  const n = fieldNormal(skin, p, 0.0008);
  for (let k = 0; k < 3; k++) positions[v * 3 + k] = (p[k] ?? 0) - (n[k] ?? 0) * by;
}

/** Triangles whose centre or an edge midpoint lies less than `depth` inside, with by how much. */
function failingTriangles(mesh: MuscleMesh, skin: DistanceFunction, depth: number): [number[], number][] {
  const { positions, indices } = mesh;
  const out: [number[], number][] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const tri = [indices[t] ?? 0, indices[t + 1] ?? 0, indices[t + 2] ?? 0];
    let worst = 0;
    for (const w of SAMPLES) {
      const at = (k: number) => tri.reduce((s, v, i) => s + (w[i] ?? 0) * (positions[v * 3 + k] ?? 0), 0);
      worst = Math.max(worst, skin(at(0), at(1), at(2)) + depth);
    }
    if (worst > 0) out.push([tri, worst]);
  }
  return out;
}

/**
 * Pushes a muscle mesh inward (along the skin field's gradient, in place) until every vertex lies at least
 * `vertexDepth` and every triangle's centre and edge midpoints at least `sampleDepth` inside the skin, so
 * the skin covers the muscle even across concave creases. Returns how many vertices moved.
 */
export function keepInside(
  mesh: MuscleMesh,
  skin: DistanceFunction,
  options: KeepInsideOptions = defaultKeepInsideOptions,
): number {
  const { positions } = mesh;
  const moved = new Set<number>();
  for (let v = 0; v < positions.length / 3; v++) {
    for (let step = 0; step < 3; step++) {
      const d = skin(positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0);
      if (d <= -options.vertexDepth) break;
      push(positions, v, skin, d + options.vertexDepth + 0.0002);
      moved.add(v);
    }
  }
  for (let pass = 0; pass < options.passes; pass++) {
    const excess = new Float64Array(positions.length / 3);
    const failing = failingTriangles(mesh, skin, options.sampleDepth);
    if (failing.length === 0) break;
    for (const [tri, worst] of failing) for (const v of tri) excess[v] = Math.max(excess[v] ?? 0, worst);
    excess.forEach((e, v) => {
      if (e <= 0) return;
      push(positions, v, skin, e * 1.3 + 0.0002);
      moved.add(v);
    });
  }
  // A triangle bridging a crease (between two toes) can keep its middle outside however deep its corners
  // go: pull its shallower corners toward its deepest one until it fits.
  for (let pass = 0; pass < 6; pass++) {
    const failing = failingTriangles(mesh, skin, options.sampleDepth);
    if (failing.length === 0) break;
    for (const [tri] of failing) {
      const depth = tri.map((v) => skin(positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0));
      const deepest = tri[depth.indexOf(Math.min(...depth))] ?? 0;
      for (const v of tri) {
        if (v === deepest) continue;
        for (let k = 0; k < 3; k++) {
          positions[v * 3 + k] = ((positions[v * 3 + k] ?? 0) + (positions[deepest * 3 + k] ?? 0)) / 2;
        }
        moved.add(v);
      }
    }
  }
  return moved.size;
}
