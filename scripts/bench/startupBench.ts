import type { Browser } from "playwright-core";
import { median } from "./stats";

/** Milliseconds from navigation start to each step of a cold load, as the page itself timed them. */
export interface StartupTiming {
  /** First contentful paint (the UI is on screen). */
  firstPaint: number;
  /** When the model request started. */
  modelRequested: number;
  /** When the last byte of the model arrived. */
  modelFetched: number;
  /** When the model was decoded into meshes (`model-decoded` mark). */
  modelDecoded: number;
  /** When the first frame with the model was drawn (`data-scene-ready` set). */
  sceneReady: number;
}

/** In-page script added before any of the app's: notes when `data-scene-ready` turns true. */
const watchReady = `(() => {
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.sceneReady !== "true") return;
    window.__sceneReadyAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-scene-ready"] });
})()`;

/** In-page script: collects the timings once the scene is ready. */
const collectTimings = `(() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const model = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".glb"));
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
  return {
    firstPaint: paint ? paint.startTime : Number.NaN,
    modelRequested: model ? model.startTime : Number.NaN,
    modelFetched: model ? model.responseEnd : Number.NaN,
    modelDecoded: mark("model-decoded"),
    sceneReady: window.__sceneReadyAt ?? Number.NaN,
  };
})()`;

/** One cold load: a fresh browser context (empty cache, no service worker) until the scene is drawn. */
async function coldLoad(browser: Browser, origin: string): Promise<StartupTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchReady);
    await page.goto(`${origin}/`);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    return await page.evaluate(collectTimings);
  } finally {
    await context.close();
  }
}

const fields: [keyof StartupTiming, string][] = [
  ["firstPaint", "first paint"],
  ["modelRequested", "model requested"],
  ["modelFetched", "model fetched"],
  ["modelDecoded", "model decoded"],
  ["sceneReady", "first frame (scene ready)"],
];

/** Times `runs` cold loads of the production build (after one untimed warm-up of the server). */
export async function benchStartup(browser: Browser, origin: string, runs = 5): Promise<string[]> {
  await coldLoad(browser, origin);
  const timings: StartupTiming[] = [];
  for (let i = 0; i < runs; i++) timings.push(await coldLoad(browser, origin));
  const lines = fields.map(([field, label]) => {
    const values = timings.map((t) => t[field]);
    const each = values.map((v) => v.toFixed(0)).join(", ");
    return `${`${label}:`.padEnd(28)}${median(values).toFixed(0).padStart(5)} ms   (runs: ${each})`;
  });
  const ready = median(timings.map((t) => t.sceneReady));
  lines.push(`scene ready, median of ${runs} cold loads: ${(ready / 1000).toFixed(2)} s   budget <= 2.00 s`);
  return lines;
}
