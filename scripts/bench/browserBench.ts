import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { PerspectiveCamera, Vector3 } from "three";
import { preview } from "vite";
import type { Dataset } from "../../src/domain/datasetTypes";
import { presetGoal } from "../../src/scene/cameraTargets";
import { findChromium } from "../findChromium";
import { repoRoot } from "../readDatasetFiles";
import { median, ms } from "./stats";

/**
 * In-page script (a string, so the bundler's helpers never leak into the page): runs the action,
 * resolves with the ms until the panel heading changed and how many frames were drawn first.
 */
const measureInPage = `(async ({ act, arg }) => new Promise((resolve) => {
  const heading = document.getElementById("panel-heading");
  const before = heading.textContent;
  let frames = 0;
  const countFrame = () => { frames += 1; requestAnimationFrame(countFrame); };
  const start = performance.now();
  requestAnimationFrame(countFrame);
  const observer = new MutationObserver(() => {
    if (heading.textContent === before) return;
    observer.disconnect();
    resolve({ ms: performance.now() - start, frames });
  });
  observer.observe(heading, { childList: true, characterData: true, subtree: true });
  new Function("arg", act)(arg);
}))`;

async function timeHeadingChange(page: Page, act: string, arg: unknown): Promise<{ ms: number; frames: number }> {
  return page.evaluate(`${measureInPage}(${JSON.stringify({ act, arg })})`);
}

const clickButton = "[...document.querySelectorAll('button')].find((b) => b.textContent.startsWith(arg)).click();";
const clickCanvas = `const canvas = document.querySelector('canvas');
for (const type of ['pointermove', 'pointerdown', 'pointerup']) canvas.dispatchEvent(new PointerEvent(type, { clientX: arg.x, clientY: arg.y, bubbles: true, pointerId: 1, isPrimary: true }));
canvas.dispatchEvent(new MouseEvent('click', { clientX: arg.x, clientY: arg.y, bubbles: true }));`;

function project(point: [number, number, number], box: { x: number; y: number; width: number; height: number }) {
  const goal = presetGoal("front");
  const camera = new PerspectiveCamera(32, box.width / box.height, 0.05, 20);
  camera.position.copy(goal.position);
  camera.lookAt(goal.target);
  camera.updateMatrixWorld();
  const p = new Vector3(...point).project(camera);
  return { x: box.x + ((p.x + 1) / 2) * box.width, y: box.y + ((1 - p.y) / 2) * box.height };
}

/** Measures, in real Chromium on the production build, how soon the panel follows a selection. */
export async function benchSelection(dataset: Dataset, runs = 20): Promise<string[]> {
  const server = await preview({
    root: repoRoot,
    configFile: join(repoRoot, "vite.config.ts"),
    logLevel: "silent",
    preview: { host: "127.0.0.1", port: 0 },
  });
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    const listTimes: { ms: number; frames: number }[] = [];
    const listClicks = ["Jaw", "←", "Neck", "←"];
    for (let i = 0; i < runs; i++) listTimes.push(await timeHeadingChange(page, clickButton, listClicks[i % 4]));
    await page.evaluate(() => history.replaceState(null, "", "./"));
    await page.reload();
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    const box = await page.locator("canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const spots = ["jaw-angle", "anterior-thigh"].map((id) =>
      project(dataset.landmarkById.get(id)?.position ?? [0, 1, 0], box),
    );
    const canvasTimes: { ms: number; frames: number }[] = [];
    for (let i = 0; i < runs; i++) {
      await page.getByRole("button", { name: "Front", exact: true }).click();
      canvasTimes.push(await timeHeadingChange(page, clickCanvas, spots[i % 2]));
    }
    const within = (times: { frames: number }[]) => times.filter((t) => t.frames === 0).length;
    return [
      `panel after a list click (median of ${runs}):      ${ms(median(listTimes.map((t) => t.ms)))}   before the next frame in ${within(listTimes)}/${runs}`,
      `panel after a canvas click (median of ${runs}):    ${ms(median(canvasTimes.map((t) => t.ms)))}   before the next frame in ${within(canvasTimes)}/${runs}`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
