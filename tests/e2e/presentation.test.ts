import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { regionPanelMuscles } from "../../src/domain/queries/panelMuscles";
import { loadDataset } from "../../src/domain/validateDataset";
import { nextFrames, sharedBrowser } from "./harness/browser";
import { isRed } from "./harness/pixels";
import { blob, openViewer, phone, shot, whole } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();

/** Console errors and uncaught exceptions of a page, from now on. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** Waits for the camera to frame the new muscle (it jumps under reduced motion, after the layout settles). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(450);
  await nextFrames(page);
}

const caption = (page: Page) =>
  page.getByRole("dialog", { name: "Chairside presentation" }).getByRole("heading", { level: 2 });

describe("chairside presentation", () => {
  it("steps through a region's muscles by keyboard, each with its pattern painted full-window, and Esc leaves", async () => {
    const { page } = await openViewer(browser(), "?region=upper-back&for=practitioner");
    const errors = errorsOf(page);
    const muscles = regionPanelMuscles(dataset, "upper-back").map((id) => dataset.muscleById.get(id)?.name);
    await page.getByRole("button", { name: "Present these muscles chairside" }).click();
    await expect.poll(() => caption(page).textContent()).toBe(muscles[0]);
    expect(await page.locator(".side-panel").isVisible()).toBe(false);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const canvas = page.locator("canvas");
    // The canvas follows its box on the next resize observation, which can take a second or two on a busy machine.
    await expect
      .poll(async () => (await canvas.boundingBox())?.width, { timeout: 10_000 })
      .toBeGreaterThan(viewport.width * 0.95);
    const captionHeight = (await page.locator(".presentation-caption").boundingBox())?.height ?? 0;
    await expect
      .poll(async () => ((await canvas.boundingBox())?.height ?? 0) + captionHeight, { timeout: 10_000 })
      .toBeGreaterThan(viewport.height * 0.97);
    expect(await page.getByRole("dialog").textContent()).toContain(`1 of ${muscles.length} · Upper back`);

    const patterns: { count: number; x: number; y: number }[] = [];
    for (let step = 0; step < 3; step++) {
      await expect.poll(() => caption(page).textContent()).toBe(muscles[step]);
      await settle(page);
      const box = await page.locator("canvas").boundingBox();
      if (!box) throw new Error("no canvas");
      const image = await shot(page, `presentation-${step + 1}`);
      const red = blob(image, whole(box), isRed);
      expect(red.fraction, `${muscles[step]}'s pattern is painted`).toBeGreaterThan(0.004);
      patterns.push(red);
      const numbers = await page.locator(".presentation-tp").count();
      expect(numbers).toBe(dataset.muscles.find((m) => m.name === muscles[step])?.triggerPoints.length);
      await page.keyboard.press("ArrowRight");
    }
    const differs = (a: (typeof patterns)[number], b: (typeof patterns)[number]) =>
      Math.abs(a.count - b.count) > 0.1 * Math.max(a.count, b.count) || Math.hypot(a.x - b.x, a.y - b.y) > 20;
    for (let i = 1; i < patterns.length; i++) {
      const [before, now] = [patterns[i - 1], patterns[i]];
      expect(before && now && differs(before, now), `the pattern changes at step ${i + 1}`).toBe(true);
    }
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => caption(page).textContent()).toBe(muscles[2]);

    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Upper back");
    expect(await page.locator(".side-panel").isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("fits a phone: big targets, the caption and the muscle's pattern; a swipe over the caption steps on", async () => {
    const { page } = await openViewer(browser(), "?condition=tennis-elbow&for=practitioner", phone);
    const errors = errorsOf(page);
    const muscles = (dataset.conditionById.get("tennis-elbow")?.muscles ?? []).map(
      (id) => dataset.muscleById.get(id)?.name,
    );
    await page.getByRole("button", { name: "Present these muscles chairside" }).click();
    await expect.poll(() => caption(page).textContent()).toBe(muscles[0]);
    for (const name of ["Next muscle", "Previous muscle", "Leave the presentation (Esc)"]) {
      const target = await page.getByRole("button", { name }).boundingBox();
      expect(target?.height, name).toBeGreaterThanOrEqual(44);
      expect(target?.width, name).toBeGreaterThanOrEqual(44);
    }
    const captionBox = await page.locator(".presentation-caption").boundingBox();
    expect((captionBox?.x ?? -1) >= 0 && (captionBox?.x ?? 0) + (captionBox?.width ?? 999) <= 390).toBe(true);
    const swipeAt = (captionBox?.y ?? 0) + (captionBox?.height ?? 0) / 2;
    const client = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", x: number) =>
      client.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y: swipeAt }] });
    await touch("touchStart", 320);
    await touch("touchMove", 200);
    await touch("touchEnd", 120);
    await expect.poll(() => caption(page).textContent()).toBe(muscles[1]);
    await settle(page);
    await shot(page, "presentation-phone");
    await page.getByRole("button", { name: "Leave the presentation (Esc)" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Tennis elbow");
    expect(errors).toEqual([]);
  });
});
