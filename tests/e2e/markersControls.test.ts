import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { nextFrames, saveScreenshot, sharedBrowser } from "./harness/browser";
import { isBodyColour } from "./harness/pixels";
import { bareShot, blob, openViewer, phone, shownMarkers } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();

/** Body-coloured pixels under each visible control of the 3D view (the controls hidden for the picture). */
async function bodyUnderControls(page: Page, name: string): Promise<Record<string, number>> {
  const image = await bareShot(page, name);
  const rects = await page
    .locator(".view-controls")
    .locator("button, label, select, legend")
    .evaluateAll((elements) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => {
          const r = e.getBoundingClientRect();
          return { what: e.textContent?.trim() || e.tagName, x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    );
  expect(rects.length).toBeGreaterThan(5);
  const covered: Record<string, number> = {};
  for (const r of rects) {
    const rect = {
      x: Math.floor(r.x) - 2,
      y: Math.floor(r.y) - 2,
      width: Math.ceil(r.width) + 4,
      height: Math.ceil(r.height) + 4,
    };
    const count = blob(image, rect, isBodyColour).count;
    if (count > 0) covered[r.what] = count;
  }
  return covered;
}

describe("the controls over the 3D view", () => {
  it.each([
    ["desktop", { reducedMotion: "reduce" } as BrowserContextOptions],
    ["phone", phone],
  ])("never cover the body in the whole-body view (%s), also while painting", async (device, options) => {
    const { page } = await openViewer(browser(), "", options);
    expect(await bodyUnderControls(page, `controls-${device}`)).toEqual({});
    await page.getByRole("button", { name: "Paint where it hurts" }).click();
    await nextFrames(page);
    expect(await bodyUnderControls(page, `controls-${device}-painting`)).toEqual({});
  });
});

describe("trigger-point markers", () => {
  it("are numbered as in the panel, and a marker highlights its trigger point's text", async () => {
    const { page } = await openViewer(
      browser(),
      "?muscle=infraspinatus&side=left&layers=superficial,intermediate,deep",
    );
    const points = dataset.muscleById.get("infraspinatus")?.triggerPoints ?? [];
    expect((await shownMarkers(page)).map((m) => m.number).sort()).toEqual(points.map((_, i) => `${i + 1}`));
    for (const [i, tp] of points.entries()) {
      const marker = page.getByRole("button", { name: `Trigger point ${i + 1}: ${tp.name}` });
      expect(await marker.count()).toBe(1);
    }
    await page.getByRole("button", { name: `Trigger point 2: ${points[1]?.name}` }).click();
    const items = page.locator(".tp-list > li");
    await expect.poll(() => items.nth(1).getAttribute("aria-current")).toBe("true");
    expect(await items.nth(0).getAttribute("aria-current")).toBeNull();
    const item = await items.nth(1).boundingBox();
    expect(item && item.y > 0 && item.y < 800).toBe(true);
    await saveScreenshot(page, "markers-focused-2");
    await page.getByRole("button", { name: "Show trigger point 3 on the body" }).click();
    await expect
      .poll(() =>
        page.getByRole("button", { name: `Trigger point 3: ${points[2]?.name}` }).getAttribute("aria-pressed"),
      )
      .toBe("true");
  });

  it("hide behind the body: infraspinatus's from the front, the front of the neck muscle's from the back", async () => {
    const { page } = await openViewer(browser(), "?muscle=infraspinatus&side=left");
    await page.getByRole("button", { name: "Whole body" }).click();
    await page.getByRole("button", { name: "Front", exact: true }).click();
    await nextFrames(page);
    expect(await shownMarkers(page)).toEqual([]);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await nextFrames(page);
    expect((await shownMarkers(page)).length).toBe(3);
    await saveScreenshot(page, "markers-infraspinatus-back");

    await page.getByRole("combobox", { name: "Search" }).fill("sternocleidomastoid");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Sternocleidomastoid, sternal division");
    await page.getByRole("button", { name: "Whole body" }).click();
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await nextFrames(page);
    // From behind only the top of the muscle, at the mastoid behind the ear, is in sight; the rest is under the chin.
    const fromBehind = new Set((await shownMarkers(page)).map((m) => m.number));
    expect(fromBehind.has("1") || fromBehind.has("2")).toBe(false);
    await page.getByRole("button", { name: "Front", exact: true }).click();
    await nextFrames(page);
    const fromFront = (await shownMarkers(page)).map((m) => m.number);
    expect(fromFront).toEqual(expect.arrayContaining(["1", "2"]));
    await saveScreenshot(page, "markers-scm-front");
  });
});
