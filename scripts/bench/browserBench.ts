import type { Browser, Page } from "playwright-core";
import type { Dataset } from "../../src/domain/datasetTypes";
import { projectAtPreset } from "../projectAtPreset";
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
  setTimeout(() => resolve({ ms: Number.NaN, frames: -1, stuck: heading.textContent }), 5000);
  new Function("arg", act)(arg);
}))`;

async function timeHeadingChange(page: Page, act: string, arg: unknown): Promise<{ ms: number; frames: number }> {
  return page.evaluate(`${measureInPage}(${JSON.stringify({ act, arg })})`);
}

const clickButton = "[...document.querySelectorAll('button')].find((b) => b.textContent.startsWith(arg)).click();";
/** Like `measureInPage`, but the clock starts at the real pointerdown of a click that Playwright performs. */
const armCanvasMeasure = `window.__panelTiming = new Promise((resolve) => {
  const heading = document.getElementById("panel-heading");
  const before = heading.textContent;
  let start = 0;
  let frames = 0;
  const countFrame = () => { frames += 1; requestAnimationFrame(countFrame); };
  window.addEventListener("pointerdown", () => { start = performance.now(); frames = 0; requestAnimationFrame(countFrame); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (heading.textContent === before) return;
    observer.disconnect();
    resolve({ ms: performance.now() - start, frames });
  });
  observer.observe(heading, { childList: true, characterData: true, subtree: true });
  setTimeout(() => resolve({ ms: Number.NaN, frames: -1 }), 5000);
}); true`;

/** Measures, in real Chromium on the production build, how soon the panel follows a selection. */
export async function benchSelection(browser: Browser, origin: string, dataset: Dataset, runs = 20): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  try {
    await page.goto(`${origin}/`);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    const listTimes: { ms: number; frames: number }[] = [];
    const listClicks = ["Jaw", "←", "Neck", "←"];
    for (let i = 0; i < runs; i++) {
      const t = await timeHeadingChange(page, clickButton, listClicks[i % 4]);
      if (Number.isNaN(t.ms))
        throw new Error(`list click ${listClicks[i % 4]} did not change the panel: ${JSON.stringify(t)}`);
      listTimes.push(t);
    }
    await page.evaluate(() => history.replaceState(null, "", "./"));
    await page.reload();
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    const box = await page.locator("canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const spots = ["cheek", "anterior-thigh"].map((id) =>
      projectAtPreset("front", dataset.landmarkById.get(id)?.position ?? [0, 1, 0], box),
    );
    const canvasTimes: { ms: number; frames: number }[] = [];
    for (let i = 0; i < runs; i++) {
      await page.getByRole("button", { name: "Whole body", exact: true }).click();
      await page.getByRole("button", { name: "Front", exact: true }).click();
      const spot = spots[i % 2] ?? { x: 0, y: 0 };
      await page.evaluate(armCanvasMeasure);
      await page.mouse.click(spot.x, spot.y);
      const t: { ms: number; frames: number } = await page.evaluate("window.__panelTiming");
      if (Number.isNaN(t.ms)) throw new Error(`canvas click ${i} did not change the panel: ${JSON.stringify(t)}`);
      canvasTimes.push(t);
    }
    const within = (times: { frames: number }[]) => times.filter((t) => t.frames === 0).length;
    return [
      `panel after a list click (median of ${runs}):      ${ms(median(listTimes.map((t) => t.ms)))}   before the next frame in ${within(listTimes)}/${runs}`,
      `panel after a canvas click (median of ${runs}):    ${ms(median(canvasTimes.map((t) => t.ms)))}   before the next frame in ${within(canvasTimes)}/${runs}`,
    ];
  } finally {
    await page.close();
  }
}
