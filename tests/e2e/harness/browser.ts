import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "../../../scripts/browserSession";

/** Where e2e screenshots go (git-ignored). */
export const screenshotDir = join(import.meta.dirname, "..", "screenshots");

/** Launches headless Chromium; pass extra flags, e.g. `--disable-webgl`. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return launchChromium(extraArgs, inject("chromiumPath"));
}

/** An open page of the app plus every URL it requested that was not the app's own origin. */
export interface AppPage {
  page: Page;
  /** Requests to any other origin: the app must make none. */
  foreignRequests: string[];
}

/**
 * Opens the app at `path` (e.g. `?muscle=masseter`) and records foreign requests. The service
 * worker is blocked unless `options` allow it, so routes see every request and no test precaches.
 */
export async function openApp(browser: Browser, path = "", options: BrowserContextOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
    ...options,
  });
  const page = await context.newPage();
  const baseURL = inject("baseURL");
  const origin = new URL(baseURL).origin;
  const foreignRequests: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreignRequests.push(url);
  });
  await page.goto(new URL(path, baseURL).toString());
  return { page, foreignRequests };
}

/** Waits until the app has drawn the model (`data-scene-ready="true"` on `<html>`). */
export async function waitForScene(page: Page): Promise<void> {
  await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
}

/** Saves a screenshot of the page under tests/e2e/screenshots/<name>.png and returns its bytes. */
export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(screenshotDir, { recursive: true });
  return page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Waits for three animation frames, so a change the scene was invalidated for has been drawn. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let left = 3;
        const tick = () => (--left === 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
}

/** Launches one Chromium for the test file (closed after it); call the returned function inside tests. */
export function sharedBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not launched yet");
    return browser;
  };
}
