import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { launchBrowser, nextFrames, openApp, saveScreenshot, waitForScene } from "./harness/browser";

const browsers: Browser[] = [];
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Presses Tab until the focused element's text starts with `text`; fails after `limit` presses. */
async function tabTo(page: Page, text: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused.startsWith(text)) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** The same keyboard-only journey, with or without WebGL. */
async function keyboardJourney(page: Page): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type("jaw");
  await page.keyboard.press("Enter");
  await expect.poll(() => heading(page).textContent()).toBe("Jaw");
  await tabTo(page, "Masseter");
  await page.keyboard.press("Enter");
  await expect.poll(() => heading(page).textContent()).toBe("Masseter");
  await tabTo(page, "TMJ");
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await heading(page).textContent())?.startsWith("TMJ")).toBe(true);
}

describe("without the canvas", () => {
  it("works by keyboard alone", async () => {
    const browser = await launchBrowser();
    browsers.push(browser);
    const { page } = await openApp(browser);
    await waitForScene(page);
    await page.locator("body").click({ position: { x: 1270, y: 790 } });
    await keyboardJourney(page);
    await saveScreenshot(page, "keyboard-journey");
  });

  it("says WebGL is unavailable and still works through the lists and search", async () => {
    const browser = await launchBrowser(["--disable-webgl", "--disable-3d-apis"]);
    browsers.push(browser);
    const { page } = await openApp(browser);
    await expect.poll(() => page.getByRole("status").textContent()).toContain("no WebGL");
    await page.getByRole("button", { name: "Shoulder", exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Shoulder");
    await page.keyboard.press("Escape");
    await keyboardJourney(page);
    await saveScreenshot(page, "no-webgl");
  });

  it("has landmarks and one main heading", async () => {
    const browser = browsers[0] ?? (await launchBrowser());
    const { page } = await openApp(browser);
    await waitForScene(page);
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await page.getByRole("region", { name: "3D body model" }).count()).toBe(1);
    expect(await page.getByRole("heading", { level: 1 }).evaluate((h) => h.closest("main") !== null)).toBe(true);
    expect(await page.getByRole("search").count()).toBe(1);
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
  });

  it("shows a visible focus ring on every control Tab reaches", async () => {
    const browser = browsers[0] ?? (await launchBrowser());
    const { page } = await openApp(browser, "?muscle=upper-trapezius&for=practitioner");
    await waitForScene(page);
    const unringed: string[] = [];
    let reached = 0;
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        if (el.dataset.tabSeen) return "cycled";
        el.dataset.tabSeen = "true";
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
        return { name: `${el.tagName} ${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30)}`, ring };
      });
      if (focused === "cycled") break;
      if (!focused) continue;
      reached += 1;
      if (!focused.ring) unringed.push(focused.name);
    }
    expect(reached).toBeGreaterThan(20);
    expect(unringed).toEqual([]);
  });

  it("jumps the camera instead of flying it when the user prefers reduced motion", async () => {
    const browser = browsers[0] ?? (await launchBrowser());
    const flights: Record<string, number> = {};
    for (const motion of ["reduce", "no-preference"] as const) {
      const { page } = await openApp(browser, "", { reducedMotion: motion });
      await waitForScene(page);
      await page.evaluate(() => {
        const counter = window as unknown as { flights: number };
        counter.flights = 0;
        new MutationObserver(() => {
          if (document.documentElement.dataset.cameraMoving === "true") counter.flights += 1;
        }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-camera-moving"] });
      });
      await page.getByRole("button", { name: "Jaw", exact: true }).click();
      await expect.poll(() => heading(page).textContent()).toBe("Jaw");
      await nextFrames(page);
      flights[motion] = await page.evaluate(() => (window as unknown as { flights: number }).flights);
      await page.context().close();
    }
    expect(flights).toEqual({ reduce: 0, "no-preference": 1 });
  });
});
