import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PREFERENCES_KEY } from "../../src/state/preferences";
import { nextFrames, openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";
import { decodePng, fractionWhere, isBodyColour } from "./harness/pixels";

const browser = sharedBrowser();
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Share of body-coloured pixels in the middle column of the canvas. */
async function bodyShare(page: Page, name: string): Promise<number> {
  const box = await page.locator("canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  const image = decodePng(await saveScreenshot(page, name));
  return fractionWhere(
    image,
    { x: box.x + box.width * 0.4, y: box.y + 40, width: box.width * 0.2, height: box.height - 80 },
    isBodyColour,
  );
}

describe("faults", () => {
  it("shows the model's download progress on the canvas until the body is drawn", async () => {
    const { page } = await openApp(browser(), "", { reducedMotion: "reduce" });
    await waitForScene(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/models/body.glb", async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    await page.reload();
    const progress = page.getByRole("progressbar", { name: "Loading the body model…" });
    await expect.poll(() => progress.count()).toBe(1);
    await saveScreenshot(page, "model-loading");
    release();
    await waitForScene(page);
    expect(await progress.count()).toBe(0);
  });

  it("a failed model download shows a readable error, and Retry loads the model", async () => {
    const { page } = await openApp(browser(), "", { reducedMotion: "reduce" });
    await waitForScene(page);
    let broken = true;
    await page.route("**/models/body.glb", (route) =>
      broken ? route.fulfill({ status: 503, body: "busy" }) : route.continue(),
    );
    await page.reload();
    const alert = page.getByRole("alert").filter({ hasText: "body model" });
    await expect.poll(() => alert.textContent()).toContain("could not be downloaded: the server answered 503");
    await saveScreenshot(page, "model-error");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Where does it hurt?");

    broken = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitForScene(page);
    expect(await alert.count()).toBe(0);
    expect(await bodyShare(page, "model-retried")).toBeGreaterThan(0.2);
  });

  it("a damaged model file is reported as damaged, with Retry", async () => {
    const { page } = await openApp(browser(), "", { reducedMotion: "reduce" });
    await waitForScene(page);
    await page.route("**/models/body.glb", (route) => route.fulfill({ status: 200, body: "<html>not a model</html>" }));
    await page.reload();
    const alert = page.getByRole("alert").filter({ hasText: "body model" });
    await expect.poll(() => alert.textContent()).toContain("damaged");
    expect(await alert.getByRole("button", { name: "Retry" }).count()).toBe(1);
  });

  it("a lost WebGL context is restored without a reload and the body draws again", async () => {
    const { page } = await openApp(browser(), "?muscle=upper-trapezius&view=back", { reducedMotion: "reduce" });
    await waitForScene(page);
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    expect(await bodyShare(page, "context-before")).toBeGreaterThan(0.2);

    await page.evaluate(() => {
      const gl = document.querySelector("canvas")?.getContext("webgl2");
      (window as unknown as { loseContext: unknown }).loseContext = gl?.getExtension("WEBGL_lose_context");
      gl?.getExtension("WEBGL_lose_context")?.loseContext();
    });
    const lost = page.getByRole("status").filter({ hasText: "lost its graphics context" });
    await expect.poll(() => lost.count()).toBe(1);
    expect(await bodyShare(page, "context-lost")).toBeLessThan(0.05);

    await page.evaluate(() =>
      (window as unknown as { loseContext: { restoreContext(): void } }).loseContext.restoreContext(),
    );
    await expect.poll(() => lost.count()).toBe(0);
    await nextFrames(page);
    expect(await bodyShare(page, "context-restored")).toBeGreaterThan(0.2);
    await page.getByRole("button", { name: "← All regions and conditions" }).click();
    await page.getByRole("button", { name: "Jaw", exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Jaw");
    await nextFrames(page);
    expect(await bodyShare(page, "context-restored-jaw")).toBeGreaterThan(0.2);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it("a part of the app that fails to download shows a message and a way back, not a blank page", async () => {
    const { page } = await openApp(browser(), "", { reducedMotion: "reduce" });
    await page.route("**/assets/PainPanel-*.js", (route) => route.abort("internetdisconnected"));
    await waitForScene(page);
    await page.getByRole("button", { name: "Paint where it hurts" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "stopped working" });
    await expect.poll(() => alert.textContent()).toContain("could not be downloaded");
    await saveScreenshot(page, "panel-error");
    await alert.getByRole("button", { name: "Back to the start" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Where does it hurt?");
    expect(await page.getByRole("button", { name: "Neck", exact: true }).count()).toBe(1);
    expect(await page.locator("canvas").count()).toBe(1);
  });

  it("corrupted stored settings are reset with a notice, and good ones are kept", async () => {
    const { page } = await openApp(browser(), "?muscle=masseter", { reducedMotion: "reduce" });
    await waitForScene(page);
    const practitioners = page.getByRole("button", { name: "Practitioners" });
    await practitioners.click();
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), PREFERENCES_KEY))
      .toContain("practitioner");
    const withoutAudience = `${page.url().split("?")[0] ?? ""}?muscle=masseter`;
    await page.goto(withoutAudience);
    await waitForScene(page);
    expect(await practitioners.getAttribute("aria-pressed")).toBe("true");

    await page.evaluate(
      (key) => localStorage.setItem(key, '{"audience": "practitioner", brushRadius'),
      PREFERENCES_KEY,
    );
    await page.goto(withoutAudience);
    await waitForScene(page);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("could not be read, so they were reset");
    expect(await practitioners.getAttribute("aria-pressed")).toBe("false");
    expect(await page.evaluate((key) => localStorage.getItem(key), PREFERENCES_KEY)).toBeNull();
    await saveScreenshot(page, "preferences-reset");
  });
});
