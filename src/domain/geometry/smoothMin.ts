/** Polynomial smooth minimum of two distances: blends surfaces within `k` metres of each other. */
export function smoothMin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Polynomial smooth maximum (used to carve: `smoothMax(d, -cut, k)`). */
export function smoothMax(a: number, b: number, k: number): number {
  return -smoothMin(-a, -b, k);
}
