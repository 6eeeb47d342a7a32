/** Finds vertices near a point quickly: a uniform grid of vertex indices over body-frame positions. */
export interface VertexGrid {
  /** Calls `visit(index)` for every vertex within `radius` of (x, y, z). */
  near(x: number, y: number, z: number, radius: number, visit: (index: number) => void): void;
}

const key = (ix: number, iy: number, iz: number) => ((ix + 200) * 1000 + (iy + 200)) * 1000 + (iz + 200);

/** Buckets the positions (x, y, z triples) into cells of `cell` metres. */
export function createVertexGrid(positions: Float32Array, cell = 0.02): VertexGrid {
  const buckets = new Map<number, number[]>();
  const count = positions.length / 3;
  for (let i = 0; i < count; i++) {
    const k = key(
      Math.floor((positions[i * 3] ?? 0) / cell),
      Math.floor((positions[i * 3 + 1] ?? 0) / cell),
      Math.floor((positions[i * 3 + 2] ?? 0) / cell),
    );
    const bucket = buckets.get(k);
    if (bucket) bucket.push(i);
    else buckets.set(k, [i]);
  }
  return {
    near(x, y, z, radius, visit) {
      const r2 = radius * radius;
      const span = Math.ceil(radius / cell);
      const cx = Math.floor(x / cell);
      const cy = Math.floor(y / cell);
      const cz = Math.floor(z / cell);
      for (let ix = cx - span; ix <= cx + span; ix++) {
        for (let iy = cy - span; iy <= cy + span; iy++) {
          for (let iz = cz - span; iz <= cz + span; iz++) {
            for (const i of buckets.get(key(ix, iy, iz)) ?? []) {
              const dx = (positions[i * 3] ?? 0) - x;
              const dy = (positions[i * 3 + 1] ?? 0) - y;
              const dz = (positions[i * 3 + 2] ?? 0) - z;
              if (dx * dx + dy * dy + dz * dz <= r2) visit(i);
            }
          }
        }
      }
    },
  };
}
