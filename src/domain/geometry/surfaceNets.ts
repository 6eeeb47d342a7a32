import type { Vec3 } from "../schema/primitives";

/** A signed distance function: negative inside. */
export type DistanceFunction = (x: number, y: number, z: number) => number;

/** An indexed triangle mesh, counter-clockwise seen from outside. */
export interface TriangleMesh {
  /** xyz per vertex. */
  positions: Float32Array;
  /** Three vertex indices per triangle. */
  indices: Uint32Array;
}

/** Options of `surfaceNets`. */
export interface SurfaceNetsOptions {
  /** Lower corner of the sampled box. */
  min: Vec3;
  /** Upper corner of the sampled box. */
  max: Vec3;
  /** Grid spacing, metres. */
  cellSize: number;
  /** Cells per block edge; blocks whose centre lies far from the surface are skipped (default 6). */
  blockSize?: number;
}

const CUBE_EDGES = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
] as const;

/**
 * Naive surface nets: one vertex per grid cell that the surface crosses (the mean of its edge
 * crossings), one quad per crossed grid edge. Skips blocks the surface cannot reach, so the
 * distance function must not overestimate distances by much.
 */
export function surfaceNets(distance: DistanceFunction, options: SurfaceNetsOptions): TriangleMesh {
  const h = options.cellSize;
  const block = options.blockSize ?? 6;
  const [x0, y0, z0] = options.min;
  const nx = Math.ceil((options.max[0] - x0) / h);
  const ny = Math.ceil((options.max[1] - y0) / h);
  const nz = Math.ceil((options.max[2] - z0) / h);
  const cx = nx + 1;
  const cxy = cx * (ny + 1);
  const values = new Float32Array(cxy * (nz + 1)).fill(Number.NaN);
  const cellVertex = new Int32Array(nx * ny * nz).fill(-1);
  const positions: number[] = [];
  const active: number[] = [];
  const sample = (i: number, j: number, k: number): number => {
    const at = i + cx * j + cxy * k;
    let v = values[at] ?? 0;
    if (Number.isNaN(v)) {
      v = distance(x0 + i * h, y0 + j * h, z0 + k * h);
      values[at] = v;
    }
    return v;
  };
  const reach = block * h * Math.sqrt(3) * 0.5 * 1.5 + h;
  const corner = new Float64Array(8);
  for (let bk = 0; bk < nz; bk += block) {
    for (let bj = 0; bj < ny; bj += block) {
      for (let bi = 0; bi < nx; bi += block) {
        const d = distance(x0 + (bi + block / 2) * h, y0 + (bj + block / 2) * h, z0 + (bk + block / 2) * h);
        if (Math.abs(d) > reach) continue;
        for (let k = bk; k < Math.min(bk + block, nz); k++) {
          for (let j = bj; j < Math.min(bj + block, ny); j++) {
            for (let i = bi; i < Math.min(bi + block, nx); i++) {
              let mask = 0;
              for (let c = 0; c < 8; c++) {
                const v = sample(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
                corner[c] = v;
                if (v < 0) mask |= 1 << c;
              }
              if (mask === 0 || mask === 255) continue;
              let sx = 0;
              let sy = 0;
              let sz = 0;
              let count = 0;
              for (const [a, b] of CUBE_EDGES) {
                const va = corner[a] ?? 0;
                const vb = corner[b] ?? 0;
                if (va < 0 === vb < 0) continue;
                const t = va / (va - vb);
                sx += (a & 1) + ((b & 1) - (a & 1)) * t;
                sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t;
                sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t;
                count++;
              }
              const cell = i + nx * (j + ny * k);
              cellVertex[cell] = positions.length / 3;
              active.push(cell);
              positions.push(x0 + (i + sx / count) * h, y0 + (j + sy / count) * h, z0 + (k + sz / count) * h);
            }
          }
        }
      }
    }
  }
  const indices: number[] = [];
  const vertexAt = (i: number, j: number, k: number): number => cellVertex[i + nx * (j + ny * k)] ?? -1;
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (flip) indices.push(a, d, c, a, c, b);
    else indices.push(a, b, c, a, c, d);
  };
  for (const cell of active) {
    const i = cell % nx;
    const j = Math.floor(cell / nx) % ny;
    const k = Math.floor(cell / (nx * ny));
    const inside = sample(i, j, k) < 0;
    if (j > 0 && k > 0 && inside !== sample(i + 1, j, k) < 0) {
      quad(vertexAt(i, j - 1, k - 1), vertexAt(i, j, k - 1), vertexAt(i, j, k), vertexAt(i, j - 1, k), !inside);
    }
    if (i > 0 && k > 0 && inside !== sample(i, j + 1, k) < 0) {
      quad(vertexAt(i - 1, j, k - 1), vertexAt(i - 1, j, k), vertexAt(i, j, k), vertexAt(i, j, k - 1), !inside);
    }
    if (i > 0 && j > 0 && inside !== sample(i, j, k + 1) < 0) {
      quad(vertexAt(i - 1, j - 1, k), vertexAt(i, j - 1, k), vertexAt(i, j, k), vertexAt(i - 1, j, k), !inside);
    }
  }
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}
