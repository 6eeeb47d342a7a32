import type { Browser, CDPSession } from "playwright-core";

/**
 * In-page script (a string, so the bundler's helpers never leak into the page): makes `count`
 * selections the way a user does, by clicking the region, condition and muscle buttons of the
 * panel (and now and then "back"), waiting each time for the panel to change and two frames to be
 * drawn. Resolves with the number of selections that changed the panel.
 */
const selectInPage = `(async (count) => {
  const heading = document.getElementById("panel-heading");
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let changed = 0;
  for (let i = 0; i < count; i++) {
    const panel = document.querySelector(".side-panel");
    const choices = [...panel.querySelectorAll('.chip:not([aria-pressed="true"]), .list-button')];
    const back = panel.querySelector(".panel-header .link-button");
    const target = (i % 7 === 6 && back) || choices[(i * 7919) % Math.max(choices.length, 1)] || back;
    const before = heading.textContent;
    target.click();
    for (let wait = 0; wait < 30 && heading.textContent === before; wait++) await frame();
    if (heading.textContent !== before) changed += 1;
    await frame();
    await frame();
  }
  return changed;
})`;

async function usedHeap(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize;
}

/** JS heap growth (after garbage collection) over `selections` selections in real Chromium. */
export async function benchHeap(browser: Browser, origin: string, selections = 500): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await page.evaluate(`${selectInPage}(50)`);
    const before = await usedHeap(cdp);
    const started = performance.now();
    const changed: number = await page.evaluate(`${selectInPage}(${selections})`);
    const seconds = (performance.now() - started) / 1000;
    const after = await usedHeap(cdp);
    if (changed < selections * 0.9) throw new Error(`only ${changed} of ${selections} clicks changed the panel`);
    const growth = (after - before) / 1_048_576;
    return [
      `JS heap after GC: ${(before / 1_048_576).toFixed(1)} MB before, ${(after / 1_048_576).toFixed(1)} MB after ${changed} selections (${seconds.toFixed(0)} s)`,
      `heap growth over ${selections} selections: ${growth.toFixed(2)} MB   budget < 10 MB`,
    ];
  } finally {
    await context.close();
  }
}
