import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { saveScreenshot, sharedBrowser } from "./harness/browser";
import { isBodyColour, pixelAt } from "./harness/pixels";
import { bareShot, openViewer, phone } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const landmark = (id: string) => dataset.landmarkById.get(id)?.position ?? [0, 0, 0];

/** Fails unless the control is on screen and at least 44 px tall and wide. */
async function expectTappable(control: Locator, what: string): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  expect(box, what).not.toBeNull();
  if (!box) return;
  expect(box.height, `${what} height`).toBeGreaterThanOrEqual(43.5);
  expect(box.width, `${what} width`).toBeGreaterThanOrEqual(43.5);
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(390.5);
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(844.5);
}

/** Every visible button, summary, select and text field in the panel is tappable. */
async function expectPanelTappable(page: Page, what: string): Promise<void> {
  const controls = page.getByRole("main").locator("button, summary, select, input[type=search], input[type=range]");
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    await expectTappable(
      control,
      `${what}: ${(await control.textContent()) || (await control.getAttribute("aria-label"))}`,
    );
  }
}

describe("on a phone, 390 x 844", () => {
  it("reaches every control with 44 px targets and speaks of tapping", async () => {
    const { page } = await openViewer(browser(), "", phone);
    for (const name of ["Front", "Back", "Left", "Right", "Whole body", "Layers"]) {
      await expectTappable(page.getByRole("button", { name, exact: true }), name);
    }
    const text = await page.locator("body").textContent();
    expect(text).toContain("Tap where it hurts");
    expect(text).not.toMatch(/\bclick|mouse/i);
    await expectPanelTappable(page, "start");

    await page.getByRole("button", { name: "Layers", exact: true }).tap();
    for (const name of ["Skin", "Superficial", "Intermediate", "Deep", "Bones", "X-ray", "Isolate"]) {
      const label = page.locator("label").filter({ has: page.getByRole("checkbox", { name, exact: true }) });
      await expectTappable(label, name);
    }
    await expectTappable(page.getByRole("combobox", { name: "Sides shown" }), "Sides");
    await saveScreenshot(page, "phone-layers");
    await page
      .locator("label")
      .filter({ hasText: /^Skin$/ })
      .tap();
    expect(await page.getByRole("checkbox", { name: "Skin", exact: true }).isChecked()).toBe(false);
    await page.getByRole("button", { name: "Close", exact: true }).tap();
    expect(await page.getByRole("checkbox", { name: "Skin", exact: true }).isVisible()).toBe(false);

    await page.getByRole("combobox", { name: "Search" }).fill("supinator");
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe("Supinator");
    await expectTappable(page.getByRole("button", { name: "Show the pattern" }), "Show the pattern");
    await expectTappable(page.getByRole("button", { name: "Show the muscle" }), "Show the muscle");
    await expectPanelTappable(page, "muscle");
    await page.getByRole("button", { name: "Practitioners" }).tap();
    const clinical = page.locator("details.clinical");
    await expect.poll(() => clinical.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await saveScreenshot(page, "phone-practitioner");

    await page.getByRole("button", { name: /All regions and conditions/ }).tap();
    await page.getByRole("button", { name: "Paint where it hurts" }).tap();
    await expect.poll(() => page.locator("body").textContent()).toContain("Drag a finger");
    await expectTappable(page.getByRole("group", { name: "Painting" }).getByRole("button", { name: "Done" }), "Done");
    await expectPanelTappable(page, "painting");
  });

  it("brings a new selection's title into view", async () => {
    const { page } = await openViewer(browser(), "", phone);
    const chip = page.getByRole("button", { name: "Ankle and foot", exact: true });
    await chip.scrollIntoViewIfNeeded();
    await chip.tap();
    await expect.poll(() => heading(page).textContent()).toBe("Ankle and foot");
    const inView = async () => {
      const box = await heading(page).boundingBox();
      return box !== null && box.y >= 506 && box.y + box.height <= 844;
    };
    await expect.poll(inView).toBe(true);
    const muscle = page.getByRole("region", { name: "Muscles in this region" }).getByRole("button").last();
    await muscle.scrollIntoViewIfNeeded();
    const name = (await muscle.textContent()) ?? "";
    await muscle.tap();
    await expect.poll(() => heading(page).textContent()).toBe(name);
    await expect.poll(inView).toBe(true);
    await saveScreenshot(page, "phone-new-selection");
  });

  it("paints with a finger and scrolls the results into view", async () => {
    const { page, box } = await openViewer(browser(), "", phone);
    await page.getByRole("button", { name: "Paint where it hurts" }).tap();
    const thigh = projectAtPreset("front", landmark("anterior-thigh"), box);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: thigh.x, y: thigh.y - 12 }] });
    for (let dy = -8; dy <= 12; dy += 4) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: thigh.x, y: thigh.y + dy }] });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    const results = page.getByRole("heading", { name: "Muscles that most often refer pain there" });
    await expect
      .poll(async () => {
        const r = await results.boundingBox();
        return r !== null && r.y >= 506 && r.y + r.height <= 844;
      })
      .toBe(true);
    await expect
      .poll(() => page.getByRole("list", { name: "Possible sources, best match first" }).getByRole("button").count())
      .toBeGreaterThan(0);
    await saveScreenshot(page, "phone-pain-results");
  });

  it("selects the thin forearm on a tap that lands just beside it", async () => {
    const { page, box } = await openViewer(browser(), "", phone);
    const forearm = projectAtPreset("front", landmark("radial-forearm"), box);
    const image = await bareShot(page, "phone-forearm-before");
    // Walk out from the forearm to the first background pixel: a tap there misses the body.
    let x = Math.round(forearm.x);
    while (isBodyColour(pixelAt(image, x, forearm.y)) && x < box.x + box.width - 1) x += 1;
    const miss = { x: x + 6, y: forearm.y };
    expect(isBodyColour(pixelAt(image, miss.x, miss.y))).toBe(false);
    await page.touchscreen.tap(miss.x, miss.y);
    await expect.poll(() => heading(page).textContent()).toMatch(/^(Forearm|Elbow|Wrist and hand)$/);
  });
});
