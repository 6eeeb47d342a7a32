import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";
import { decodePng, fractionWhere, isBodyColour } from "./harness/pixels";

const browser = sharedBrowser();

/** mulberry32: the same walk on every run, so a failure can be replayed by its seed and step. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEPS = 1000;
const SEED = 20_240_611;
const searches = ["neck", "masetter", "glute", "jaw pain", "tennis", "zzzz", "", "<script>", "ΩΩ", "heel", "itb"];
const keys = ["Tab", "Tab", "Shift+Tab", "Enter", "Escape", "/", "ArrowDown", "ArrowUp", "Space", "Backspace"];
const garbledLinks = [
  "?muscle=masseter&side=up",
  "?region=%E0%A4%A",
  "?pain=1.2.3_x&paint=1",
  "?condition=&view=top&layers=skin,fat",
  "?muscle=../../etc&for=robot",
  "?xray=2&isolate=yes&sides=middle",
  `?pain=${"9999.9999.9999_".repeat(50)}`,
  "?region=neck&muscle=masseter&condition=sciatica",
  "?embed=1&clinic=%00%01&book=javascript:alert(1)",
  "?%%%",
];

/** Centre of a random visible, enabled element matching `selector` (never the print button), or null. */
async function randomTarget(page: Page, selector: string, pick: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ selector, pick }) => {
      const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
        const box = el.getBoundingClientRect();
        const disabled = (el as HTMLButtonElement).disabled;
        return (
          !disabled &&
          !el.classList.contains("print-button") &&
          box.width > 0 &&
          box.height > 0 &&
          box.top >= 0 &&
          box.bottom <= window.innerHeight
        );
      });
      const el = visible[Math.floor(pick * visible.length)];
      if (!el) return null;
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { selector, pick },
  );
}

/** Follows an in-app link as back/forward would (no reload). */
async function followLink(page: Page, link: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, link);
}

describe("random walk", () => {
  it(`${STEPS} seeded steps of clicks, drags, searches, keys, history and garbled links end with no errors and a responsive app`, async () => {
    const { page } = await openApp(browser(), "", { viewport: { width: 900, height: 640 }, reducedMotion: "reduce" });
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    await waitForScene(page);
    const base = page.url().split("?")[0] ?? "";
    /** History index of the app's first entry: the walk never goes back past it (to the blank page before). */
    const firstEntry: number = await page.evaluate(
      () => (window as unknown as { navigation: { currentEntry: { index: number } } }).navigation.currentEntry.index,
    );
    const next = random(SEED);
    const canvas = await page.locator("canvas").boundingBox();
    if (!canvas) throw new Error("no canvas");
    const onCanvas = () => ({ x: canvas.x + next() * canvas.width, y: canvas.y + next() * canvas.height });
    const done: Record<string, number> = {};

    for (let step = 0; step < STEPS; step++) {
      const roll = next();
      let action = "";
      try {
        if (roll < 0.2) {
          action = "canvas click";
          const p = onCanvas();
          await page.mouse.click(p.x, p.y);
        } else if (roll < 0.28) {
          action = "canvas drag";
          const from = onCanvas();
          const to = onCanvas();
          await page.mouse.move(from.x, from.y);
          await page.mouse.down({ button: next() < 0.8 ? "left" : "right" });
          await page.mouse.move(to.x, to.y, { steps: 3 });
          await page.mouse.up({ button: "left" });
          await page.mouse.up({ button: "right" });
        } else if (roll < 0.53) {
          action = "panel click";
          const target = await randomTarget(page, ".side-panel button, .side-panel summary", next());
          if (target) await page.mouse.click(target.x, target.y);
        } else if (roll < 0.61) {
          action = "view control";
          const target = await randomTarget(page, ".view-controls button, .view-controls input", next());
          if (target) await page.mouse.click(target.x, target.y);
        } else if (roll < 0.69) {
          action = "search";
          await page.keyboard.press("Escape");
          // By its place, not its name: a key press may have switched the language menu.
          const search = page.locator("search input[role=combobox]");
          const query = searches[Math.floor(next() * searches.length)] ?? "";
          const arrowDown = next() < 0.5;
          // Full-window views (presentation, a quiz) have no search box: the step then does nothing.
          if (await search.isVisible()) {
            await search.fill(query);
            if (arrowDown) await page.keyboard.press("ArrowDown");
            await page.keyboard.press("Enter");
          }
        } else if (roll < 0.81) {
          action = "key";
          await page.keyboard.press(keys[Math.floor(next() * keys.length)] ?? "Tab");
        } else if (roll < 0.9) {
          action = "back or forward";
          await page.evaluate(
            ({ back, first }) => {
              const history = (window as unknown as { navigation: { currentEntry: { index: number } } }).navigation;
              if (!back) window.history.forward();
              else if (history.currentEntry.index > first) window.history.back();
            },
            { back: next() < 0.6, first: firstEntry },
          );
        } else if (roll < 0.995) {
          action = "garbled link";
          await followLink(page, garbledLinks[Math.floor(next() * garbledLinks.length)] ?? "?");
        } else {
          action = "reload on a garbled link";
          await page.goto(`${base}${garbledLinks[Math.floor(next() * garbledLinks.length)] ?? ""}`);
          await waitForScene(page);
        }
      } catch (error) {
        // Back or forward across a reload loads the other document: wait for it, then go on.
        if (!/Execution context was destroyed|navigat/i.test((error as Error).message)) throw error;
        await page.waitForLoadState("load");
        await waitForScene(page);
      }
      done[action] = (done[action] ?? 0) + 1;
      if (errors.length > 0) throw new Error(`step ${step} (${action}) of seed ${SEED}: ${errors.join("\n")}`);
    }

    expect(Object.keys(done).length).toBeGreaterThanOrEqual(9);
    const frameMs = await page.evaluate(() => {
      const start = performance.now();
      return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
    });
    expect(frameMs).toBeLessThan(1000);
    await page.keyboard.press("Escape");
    await page.getByRole("combobox", { name: "Search" }).fill("masseter");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Masseter");
    await page.getByRole("checkbox", { name: "Skin", exact: true }).check();
    await page.getByRole("button", { name: "Front", exact: true }).click();
    const image = decodePng(await saveScreenshot(page, "random-walk-end"));
    const middle = { x: canvas.x + canvas.width * 0.4, y: canvas.y + 40, width: canvas.width * 0.2, height: 200 };
    expect(fractionWhere(image, middle, isBodyColour)).toBeGreaterThan(0.2);
    expect(errors).toEqual([]);
  }, 600_000);
});
