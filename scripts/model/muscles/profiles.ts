import type { MuscleGeometry } from "../../../src/domain/schema/geometrySchema";

type Shape = MuscleGeometry["shape"];

/** Fractions of the length (from origin, from insertion) drawn as whitish tendon. */
export function tendonFractions(shape: Shape): [number, number] {
  switch (shape) {
    case "fusiform":
      return [0.06, 0.09];
    case "fan":
      return [0.03, 0.07];
    case "sheet":
      return [0.03, 0.03];
    case "strap":
      return [0.04, 0.06];
  }
}

/** Where v lies in the fleshy part: 0 at the origin tendon's end, 1 at the insertion tendon's start. */
export function bellyFraction(shape: Shape, v: number): number {
  const [t0, t1] = tendonFractions(shape);
  return (v - t0) / Math.max(1e-6, 1 - t0 - t1);
}

/**
 * Breadth a fusiform row keeps of its ruled width (1 in the belly, narrowing along the tendons), so
 * tendons read as short narrow cords rather than broad pale slivers.
 */
export function tendonNarrowing(shape: Shape, v: number): number {
  if (shape !== "fusiform") return 1;
  const b = bellyFraction(shape, v);
  const into = b < 0 ? -b : b > 1 ? b - 1 : 0;
  const [t0, t1] = tendonFractions(shape);
  const span = (b < 0 ? t0 : t1) / Math.max(1e-6, 1 - t0 - t1);
  return 1 - 0.6 * Math.min(1, into / Math.max(1e-6, span)) ** 0.7;
}

/** Target width along the muscle (0..1 of `geometry.width`), v from origin (0) to insertion (1). */
export function widthProfile(shape: Shape, v: number): number {
  const belly = Math.sin(Math.PI * Math.min(Math.max(v, 0), 1));
  switch (shape) {
    case "fusiform": {
      const b = Math.sin(Math.PI * Math.min(Math.max(bellyFraction(shape, v), 0), 1));
      return Math.max(0.14, b ** 0.6);
    }
    case "fan":
      return Math.max(0.25, 1 - 0.75 * v);
    case "sheet":
      return Math.max(0.75, belly ** 0.3);
    case "strap":
      return Math.max(0.7, belly ** 0.25);
  }
}

/** Thickness along the muscle (0..1 of `geometry.thickness`): bellies swell, tendons stay thin. */
export function thicknessAlong(shape: Shape, v: number): number {
  const inBelly = bellyFraction(shape, v);
  const belly = inBelly <= 0 || inBelly >= 1 ? 0 : Math.sin(Math.PI * inBelly);
  switch (shape) {
    case "fusiform":
      return 0.14 + 0.86 * belly ** 0.8;
    case "fan":
      return 0.3 + 0.7 * Math.sin(Math.PI * Math.min(Math.max(0.15 + v * 0.8, 0), 1)) ** 0.6;
    case "sheet":
      return 0.45 + 0.55 * belly ** 0.4;
    case "strap":
      return 0.35 + 0.65 * belly ** 0.5;
  }
}

/** Thickness across the muscle: full on the axis, thin at the edges (u from 0 to 1). */
export function thicknessAcross(u: number): number {
  const x = 2 * u - 1;
  return Math.max(0.12, Math.sqrt(Math.max(0, 1 - x * x)));
}
