import { describe, expect, it } from "vitest";
import { openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";
import { decodePng, fractionWhere, isBodyColour } from "./harness/pixels";

const browser = sharedBrowser();

describe("first screen", () => {
  it("draws the body in the canvas and a click on it changes the panel", async () => {
    const { page, foreignRequests } = await openApp(browser());
    await waitForScene(page);
    const canvas = page.locator("canvas");
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no canvas on the page");
    expect(box.width).toBeGreaterThan(600);

    const image = decodePng(await saveScreenshot(page, "first-screen"));
    const centreColumn = { x: box.x + box.width * 0.4, y: box.y + 40, width: box.width * 0.2, height: box.height - 80 };
    const corner = { x: box.x + 5, y: box.y + 5, width: 60, height: 60 };
    expect(fractionWhere(image, centreColumn, isBodyColour)).toBeGreaterThan(0.2);
    expect(fractionWhere(image, corner, isBodyColour)).toBe(0);

    const heading = page.getByRole("heading", { level: 1 });
    const before = await heading.textContent();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.42);
    await expect.poll(() => heading.textContent()).not.toBe(before);
    await saveScreenshot(page, "first-screen-clicked");
    expect(foreignRequests).toEqual([]);
  });
});
