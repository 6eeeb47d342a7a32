import { PNG } from "pngjs";

/** A decoded RGBA image. */
export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

/** Decodes a PNG screenshot. */
export function decodePng(png: Buffer): Pixels {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, data: image.data };
}

/** The RGB colour at (x, y). */
export function pixelAt(image: Pixels, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

/** Fraction of the pixels in a rectangle for which `test` holds. */
export function fractionWhere(
  image: Pixels,
  rect: { x: number; y: number; width: number; height: number },
  test: (rgb: [number, number, number]) => boolean,
): number {
  let hits = 0;
  let total = 0;
  for (let y = rect.y; y < rect.y + rect.height; y += 2) {
    for (let x = rect.x; x < rect.x + rect.width; x += 2) {
      total += 1;
      if (test(pixelAt(image, x, y))) hits += 1;
    }
  }
  return total === 0 ? 0 : hits / total;
}

/** Warm skin or muscle tones: red clearly above blue, and not the dark background. */
export function isBodyColour([r, g, b]: [number, number, number]): boolean {
  return r > 90 && r > b + 25 && g > 30;
}

/** Saturated red, as the referral paint and highlighted muscles use. */
export function isRed([r, g, b]: [number, number, number]): boolean {
  return r > 150 && g < 110 && b < 110 && r > g * 1.6;
}
