import { describe, expect, it } from "vitest";
import { projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();

describe("on a phone", () => {
  it("puts the panel in a bottom sheet under the body, and a tap selects a region", async () => {
    const { page } = await openApp(browser(), "", {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: "reduce",
    });
    await waitForScene(page);
    const canvas = await page.locator("canvas").boundingBox();
    const panel = await page.getByRole("main").boundingBox();
    if (!canvas || !panel) throw new Error("missing canvas or panel");
    expect(canvas.width).toBeGreaterThan(380);
    expect(panel.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    const chest = projectAtPreset("front", dataset.landmarkById.get("pectoral")?.position ?? [0, 0, 0], canvas);
    await page.touchscreen.tap(chest.x, chest.y);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Chest");
    await saveScreenshot(page, "phone-chest");
  });
});
