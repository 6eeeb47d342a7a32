import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { loadDataset } from "../src/domain/validateDataset";
import { withAppInBrowser } from "./browserSession";
import { readDatasetFiles, repoRoot } from "./readDatasetFiles";

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

/** A patch of pain spots around the outer elbow, in the link's millimetre form. */
function elbowPatch(): string {
  const [x, y, z] = loadDataset(readDatasetFiles()).landmarkById.get("lateral-epicondyle")?.position ?? [0, 0, 0];
  const spots: string[] = [];
  for (let dy = -0.02; dy <= 0.02; dy += 0.008) {
    for (let dz = -0.012; dz <= 0.012; dz += 0.008)
      spots.push([x, y + dy, z + dz].map((v) => Math.round(v * 1000)).join("."));
  }
  return spots.join("_");
}
const shots: Shot[] = [
  { file: "screenshot.png", path: "?muscle=upper-trapezius&side=left&view=left" },
  { file: "pain-mode.png", path: `?muscle=supinator&side=left&pain=${elbowPatch()}` },
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
