import type { Vec3 } from "../schema/primitives";
import type { SdfPrimitive } from "./sdfPrimitives";
import { smoothMax, smoothMin } from "./smoothMin";

/** One step of a blended field: a primitive added (smooth union) or carved (smooth subtraction). */
export interface FieldEntry {
  /** The solid. */
  shape: SdfPrimitive;
  /** Blend radius of the smooth union or subtraction, metres. */
  blend: number;
  /** true: carve the shape out of what came before instead of adding it. */
  carve?: boolean;
  /** A caller-defined label of the body part this solid belongs to (reported by `nearestPart`). */
  part: number;
}

/** Options of `createBlendedField`. */
export interface BlendedFieldOptions {
  /** Edge of the culling cells, metres (default 0.03). */
  cellSize?: number;
  /** Space kept around the solids' boxes, metres (default 0.06). */
  margin?: number;
}

/** A signed distance field made of blended primitives, with per-cell culling for speed. */
export interface BlendedField {
  /** Lower corner of the culling grid (the field is exact but slower outside it). */
  readonly min: Vec3;
  /** Upper corner of the culling grid. */
  readonly max: Vec3;
  /** Signed distance at a point: negative inside. */
  distance(x: number, y: number, z: number): number;
  /** The `part` of the added solid nearest to a point. */
  nearestPart(x: number, y: number, z: number): number;
}

function evaluate(
  entries: readonly FieldEntry[],
  list: ArrayLike<number>,
  from: number,
  to: number,
  x: number,
  y: number,
  z: number,
): number {
  let acc = Number.POSITIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const entry = entries[list[i] ?? 0];
    if (!entry) continue;
    const d = entry.shape.distance(x, y, z);
    acc = entry.carve ? smoothMax(acc, -d, entry.blend) : smoothMin(acc, d, entry.blend);
  }
  return acc;
}

/** Builds the field and its culling grid. Entries are applied in order. */
export function createBlendedField(entries: readonly FieldEntry[], options: BlendedFieldOptions = {}): BlendedField {
  const cell = options.cellSize ?? 0.03;
  const margin = options.margin ?? 0.06;
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const e of entries) {
    if (e.carve) continue;
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] ?? 0, (e.shape.min[k] ?? 0) - margin);
      max[k] = Math.max(max[k] ?? 0, (e.shape.max[k] ?? 0) + margin);
    }
  }
  const n = [0, 1, 2].map((k) => Math.max(1, Math.ceil(((max[k] ?? 0) - (min[k] ?? 0)) / cell)));
  const [nx = 1, ny = 1, nz = 1] = n;
  const offsets = new Int32Array(nx * ny * nz + 1);
  const lists: number[] = [];
  const reach = cell * Math.sqrt(3) * 0.5 * 1.5;
  const d = new Float64Array(entries.length);
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const cx = min[0] + (i + 0.5) * cell;
        const cy = min[1] + (j + 0.5) * cell;
        const cz = min[2] + (k + 0.5) * cell;
        let best = Infinity;
        entries.forEach((e, index) => {
          d[index] = e.shape.distance(cx, cy, cz);
          if (!e.carve) best = Math.min(best, (d[index] ?? 0) + reach);
        });
        offsets[i + nx * (j + ny * k)] = lists.length;
        entries.forEach((e, index) => {
          const lower = (d[index] ?? 0) - reach;
          if (e.carve ? lower <= e.blend + reach : lower <= best + e.blend) lists.push(index);
        });
      }
    }
  }
  offsets[nx * ny * nz] = lists.length;
  const list = Int32Array.from(lists);
  const all = Int32Array.from(entries.map((_, i) => i));
  const cellOf = (x: number, y: number, z: number): number => {
    const i = Math.floor((x - min[0]) / cell);
    const j = Math.floor((y - min[1]) / cell);
    const k = Math.floor((z - min[2]) / cell);
    if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) return -1;
    return i + nx * (j + ny * k);
  };
  return {
    min,
    max,
    distance(x, y, z) {
      const c = cellOf(x, y, z);
      if (c < 0) return evaluate(entries, all, 0, all.length, x, y, z);
      return evaluate(entries, list, offsets[c] ?? 0, offsets[c + 1] ?? 0, x, y, z);
    },
    nearestPart(x, y, z) {
      const c = cellOf(x, y, z);
      const source = c < 0 ? all : list;
      const from = c < 0 ? 0 : (offsets[c] ?? 0);
      const to = c < 0 ? all.length : (offsets[c + 1] ?? 0);
      let best = Infinity;
      let part = -1;
      for (let i = from; i < to; i++) {
        const e = entries[source[i] ?? 0];
        if (!e || e.carve) continue;
        const dist = e.shape.distance(x, y, z);
        if (dist < best) {
          best = dist;
          part = e.part;
        }
      }
      return part;
    },
  };
}
