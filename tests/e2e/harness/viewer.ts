import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { CanvasBox } from "../../../scripts/projectAtPreset";
import { openApp, saveScreenshot, waitForScene } from "./browser";
import { decodePng, type Pixels, pixelAt } from "./pixels";

/** The phone the tests emulate. */
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  reducedMotion: "reduce",
};

/** Opens the app at `path` with the camera jumping (reduced motion) and waits for the model. */
export async function openViewer(
  browser: Browser,
  path = "",
  options: BrowserContextOptions = { reducedMotion: "reduce" },
): Promise<{ page: Page; box: CanvasBox }> {
  const { page } = await openApp(browser, path, options);
  await waitForScene(page);
  const box = await page.locator("canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  return { page, box };
}

/** Saves a screenshot and decodes it. */
export async function shot(page: Page, name: string): Promise<Pixels> {
  return decodePng(await saveScreenshot(page, name));
}

/** Saves a screenshot of the drawing alone: the controls and labels over the 3D view hidden for it. */
export async function bareShot(page: Page, name: string): Promise<Pixels> {
  await page.evaluate("document.documentElement.classList.add('bare-shot')");
  const style = await page.addStyleTag({
    content: ".bare-shot .view-controls, .bare-shot .hover-label { visibility: hidden; }",
  });
  try {
    return decodePng(await saveScreenshot(page, name));
  } finally {
    await style.evaluate((element) => (element as Element).remove());
    await page.evaluate("document.documentElement.classList.remove('bare-shot')");
  }
}

/** The rectangle of the canvas, for pixel counts. */
export const whole = (box: CanvasBox) => ({
  x: Math.ceil(box.x),
  y: Math.ceil(box.y),
  width: Math.floor(box.width),
  height: Math.floor(box.height),
});

/** The view preset buttons that are pressed (the side the camera looks from). */
export async function pressedViews(page: Page): Promise<string[]> {
  return page.locator('.view-presets button[aria-pressed="true"]').allTextContents();
}

/** The trigger-point number labels that are shown inside the canvas, with their centres. */
export async function shownMarkers(page: Page): Promise<{ number: string; x: number; y: number }[]> {
  const box = await page.locator("canvas").boundingBox();
  const all = await page.locator(".tp-marker").evaluateAll((buttons) =>
    buttons
      .filter((b) => !(b as HTMLElement).hidden && (b as HTMLElement).offsetParent !== null)
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { number: b.textContent ?? "", x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
  );
  const inside = (m: { x: number; y: number }) =>
    box !== null && m.x >= box.x && m.x <= box.x + box.width && m.y >= box.y && m.y <= box.y + box.height;
  return all.filter(inside);
}

/** Pixels of a rectangle for which `test` holds, and their centre. */
export function blob(
  image: Pixels,
  rect: { x: number; y: number; width: number; height: number },
  test: (rgb: [number, number, number]) => boolean,
): { count: number; fraction: number; x: number; y: number } {
  let count = 0;
  let sx = 0;
  let sy = 0;
  let total = 0;
  for (let y = rect.y; y < rect.y + rect.height; y += 2) {
    for (let x = rect.x; x < rect.x + rect.width; x += 2) {
      total += 1;
      if (!test(pixelAt(image, x, y))) continue;
      count += 1;
      sx += x;
      sy += y;
    }
  }
  return { count, fraction: total ? count / total : 0, x: count ? sx / count : 0, y: count ? sy / count : 0 };
}

/** Near-black, as the X markers' strokes are drawn (the background and the lit body are lighter). */
export const isMarkerBlack = ([r, g, b]: [number, number, number]) => Math.max(r, g, b) < 30;

/** The amber tint and outline of highlighted regions (skin is pinker: less green and more blue for its red). */
export const isHighlight = ([r, g, b]: [number, number, number]) => r > 110 && g > r * 0.8 && b < r * 0.58;

/** A square of `size` pixels around the trigger point a number label belongs to (labels sit up and right of it). */
export function aroundMarker(marker: { x: number; y: number }, size = 80) {
  return {
    x: Math.round(marker.x - 19 - size / 2),
    y: Math.round(marker.y + 16 - size / 2),
    width: size,
    height: size,
  };
}
