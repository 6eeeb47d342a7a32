import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { chromiumArgs, startPreview } from "../../scripts/browserSession";
import { saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";
import { decodePng, fractionWhere, isBodyColour } from "./harness/pixels";

const browser = sharedBrowser();
const dist = join(import.meta.dirname, "..", "..", "dist");
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Serves a copy of the build (so a test may change it) on its own port; stopped after the test. */
async function serveCopy(): Promise<{ dir: string; origin: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "tpe-dist-"));
  cpSync(dist, dir, { recursive: true });
  const server = await startPreview(dir);
  let stopped = false;
  const stop = async () => {
    if (!stopped) await server.close();
    stopped = true;
  };
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), stop);
  return { dir, origin: server.origin, stop };
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  cleanups.push(() => context.close());
  return context;
}

/** Waits until the service worker has precached the app and controls the page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

describe("offline", () => {
  it("is installable, and after one visit the whole app works with the network cut", async () => {
    const { origin, stop } = await serveCopy();
    const profile = mkdtempSync(join(tmpdir(), "tpe-profile-"));
    // A persistent profile: Chromium never offers to install from an incognito one, as new contexts are.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: inject("chromiumPath"),
      args: chromiumArgs,
      viewport: { width: 1280, height: 800 },
      reducedMotion: "reduce",
    });
    cleanups.push(
      () => rmSync(profile, { recursive: true, force: true }),
      () => context.close(),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(origin)) foreign.push(r.url());
    });
    await page.goto(`${origin}/`);
    await waitForScene(page);
    await waitForOfflineReady(page);

    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send("Page.getAppManifest");
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);

    await stop();
    await context.setOffline(true);
    await page.reload();
    await waitForScene(page);
    const box = await page.locator("canvas").boundingBox();
    if (!box) throw new Error("no canvas offline");
    const image = decodePng(await saveScreenshot(page, "offline-reload"));
    const body = { x: box.x + box.width * 0.4, y: box.y + 40, width: box.width * 0.2, height: box.height - 80 };
    expect(fractionWhere(image, body, isBodyColour)).toBeGreaterThan(0.2);

    await page.goto(`${origin}/?muscle=masseter`);
    await waitForScene(page);
    await expect.poll(() => heading(page).textContent()).toBe("Masseter");
    await page.getByRole("combobox", { name: "Search" }).fill("shoulder");
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe("Shoulder");
    await page.getByRole("button", { name: /All regions and conditions/ }).click();
    await page.getByRole("button", { name: "Paint where it hurts" }).click();
    await expect.poll(() => page.getByText("Nothing painted yet.").count()).toBe(1);
    expect(foreign).toEqual([]);
  });

  it("offers a new version with a Reload prompt instead of switching under the user", async () => {
    const { dir, origin } = await serveCopy();
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/?region=neck`);
    await waitForScene(page);
    await waitForOfflineReady(page);
    await page.evaluate(() => {
      (window as unknown as { oldPage: boolean }).oldPage = true;
    });

    appendFileSync(join(dir, "sw.js"), "\n// a new version\n");
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByRole("status").filter({ hasText: "new version" });
    await expect.poll(() => prompt.count(), { timeout: 60_000 }).toBe(1);
    await saveScreenshot(page, "update-prompt");
    expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(true);
    await expect.poll(() => heading(page).textContent()).toBe("Neck");

    await prompt.getByRole("button", { name: "Reload" }).click();
    await page.waitForFunction(() => !(window as unknown as { oldPage?: boolean }).oldPage, undefined, {
      timeout: 60_000,
    });
    await waitForScene(page);
    await expect.poll(() => heading(page).textContent()).toBe("Neck");
    expect(await page.getByRole("status").filter({ hasText: "new version" }).count()).toBe(0);
  });
});
