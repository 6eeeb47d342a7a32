import { PNG } from "pngjs";
import type { Plugin } from "vite";

/** The app's colours, as in `public/favicon.svg`: a dark disc with the red X of a trigger point. */
const background: [number, number, number] = [0x24, 0x28, 0x31];
const red: [number, number, number] = [0xe0, 0x58, 0x4f];

/** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

const clamp01 = (value: number) => Math.max(0, Math.min(1, value));

/**
 * Draws the app icon as a PNG of `size` pixels: the favicon's dark disc and red X with a faint
 * referral halo, anti-aliased from signed distances. `maskable` fills the square and keeps the
 * mark inside the safe zone.
 */
export function drawAppIcon(size: number, maskable = false): Buffer {
  const png = new PNG({ width: size, height: size });
  const scale = maskable ? 0.8 : 1;
  const pixel = 1 / (size * scale);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = ((px + 0.5) / size - 0.5) / scale + 0.5;
      const y = ((py + 0.5) / size - 0.5) / scale + 0.5;
      const r = Math.hypot(x - 0.5, y - 0.5);
      const arm = Math.min(
        segmentDistance(x, y, 10 / 32, 10 / 32, 22 / 32, 22 / 32),
        segmentDistance(x, y, 22 / 32, 10 / 32, 10 / 32, 22 / 32),
      );
      const cross = clamp01(0.5 - (arm - 2 / 32) / pixel);
      const halo = clamp01(1 - r / 0.34) * 0.35;
      const disc = maskable ? 1 : clamp01(0.5 - (r - 15 / 32) / pixel);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const base = (background[c] ?? 0) + ((red[c] ?? 0) - (background[c] ?? 0)) * halo;
        png.data[i + c] = Math.round(base + ((red[c] ?? 0) - base) * cross);
      }
      png.data[i + 3] = Math.round(255 * disc);
    }
  }
  return PNG.sync.write(png);
}

/** The icons the web app manifest lists, as `[file, size, maskable]`. */
export const appIcons: [string, number, boolean][] = [
  ["icons/icon-192.png", 192, false],
  ["icons/icon-512.png", 512, false],
  ["icons/icon-maskable-512.png", 512, true],
];

/** Draws the app's install icons at build time (the project's own artwork, nothing downloaded). */
export function appIconsPlugin(): Plugin {
  return {
    name: "trigger-point-app-icons",
    apply: "build",
    generateBundle() {
      for (const [fileName, size, maskable] of appIcons) {
        this.emitFile({ type: "asset", fileName, source: drawAppIcon(size, maskable) });
      }
    },
  };
}
