import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { withAppInBrowser } from "./browserSession";
import { repoRoot } from "./readDatasetFiles";

/** One picture for the README: the app at a link, optionally turned by a drag, saved under docs/. */
interface Shot {
  file: string;
  path: string;
  /** Horizontal drag in pixels after loading, to turn the body (three-quarter views). */
  turn?: number;
  /** Crop to the canvas only (model views) rather than the whole app. */
  canvasOnly?: boolean;
}

const muscles = "layers=superficial,intermediate";
const shots: Shot[] = [
  { file: "screenshot.png", path: "?muscle=upper-trapezius&side=left&view=left" },
  { file: "pain-mode.png", path: "?paint=1&view=left&pain=275.1105.-20_282.1100.-30_285.1090.-25_280.1090.-15" },
  { file: "model-front.png", path: `?${muscles}`, canvasOnly: true },
  { file: "model-back.png", path: `?${muscles}&view=back`, canvasOnly: true },
  { file: "model-left.png", path: `?${muscles}&view=left`, canvasOnly: true },
  { file: "model-right.png", path: `?${muscles}&view=right`, canvasOnly: true },
  { file: "model-three-quarter.png", path: "?xray=1", turn: 110, canvasOnly: true },
  { file: "skin-three-quarter.png", path: "?", turn: -110, canvasOnly: true },
];

async function capture(page: Page, origin: string, shot: Shot, outDir: string): Promise<void> {
  await page.goto(`${origin}/${shot.path}`);
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
  const canvas = page.locator("canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no canvas");
  if (shot.turn) {
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + shot.turn, y, { steps: 10 });
    await page.mouse.up();
  }
  if (shot.canvasOnly)
    await page.addStyleTag({ content: ".view-controls, .hover-label { display: none !important; }" });
  await page.waitForTimeout(400);
  const path = join(outDir, shot.file);
  if (shot.canvasOnly) await canvas.screenshot({ path });
  else await page.screenshot({ path });
  process.stdout.write(`  docs/${shot.file}\n`);
}

/** `npm run screenshots`: renders the README's pictures from the production build in headless Chromium. */
async function main(): Promise<void> {
  const outDir = join(repoRoot, "docs");
  mkdirSync(outDir, { recursive: true });
  await withAppInBrowser(async (browser, origin) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    for (const shot of shots) await capture(page, origin, shot, outDir);
  });
}

await main();
