import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";
import { decodePng, fractionWhere } from "./harness/pixels";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();

const results = (page: Page) =>
  page.getByRole("list", { name: "Possible sources, best match first" }).getByRole("button").allTextContents();
const isPainBlue = ([r, g, b]: [number, number, number]) => b > 120 && b > r + 40 && b > g + 20;

describe("pain mode", () => {
  it("painting the outer elbow lists supinator or the wrist extensors, and the drawing survives a reload", async () => {
    const { page, foreignRequests } = await openApp(browser(), "", { reducedMotion: "reduce" });
    await waitForScene(page);
    await page.getByRole("button", { name: "Paint where it hurts" }).click();
    await page.getByRole("button", { name: "Left", exact: true }).click();
    const box = await page.locator("canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const elbow = projectAtPreset("left", dataset.landmarkById.get("lateral-epicondyle")?.position ?? [0, 0, 0], box);
    await page.mouse.move(elbow.x, elbow.y - 4);
    await page.mouse.down();
    await page.mouse.move(elbow.x, elbow.y + 4, { steps: 4 });
    await page.mouse.up();

    await expect.poll(async () => (await results(page)).length).toBeGreaterThan(0);
    const top5 = (await results(page)).slice(0, 5).join(" | ");
    expect(top5).toMatch(/Supinator|Extensor carpi radialis|Extensor digitorum|Brachioradialis/);
    await expect.poll(() => page.url()).toContain("pain=");
    const painted = decodePng(await saveScreenshot(page, "pain-elbow"));
    expect(
      fractionWhere(painted, { x: elbow.x - 6, y: elbow.y - 6, width: 12, height: 12 }, isPainBlue),
    ).toBeGreaterThan(0.2);
    expect(await page.getByRole("region", { name: "See a doctor first if" }).count()).toBe(1);

    const before = await results(page);
    await page.reload();
    await waitForScene(page);
    await expect.poll(() => results(page)).toEqual(before);

    await page.getByRole("list", { name: "Possible sources, best match first" }).getByRole("button").first().click();
    await expect
      .poll(async () => before[0]?.startsWith((await page.getByRole("heading", { level: 1 }).textContent()) ?? "?"))
      .toBe(true);
    await saveScreenshot(page, "pain-elbow-match");
    await page.getByRole("button", { name: "← Back to your pain drawing" }).click();
    await expect.poll(() => results(page)).toEqual(before);
    expect(foreignRequests).toEqual([]);
  });

  it("erases and clears the drawing", async () => {
    const spots = "280.1110.-30_275.1100.-28";
    const { page } = await openApp(browser(), `?paint=1&pain=${spots}`, { reducedMotion: "reduce" });
    await waitForScene(page);
    await expect.poll(async () => (await results(page)).length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Clear" }).click();
    await expect.poll(() => page.getByText("Nothing painted yet.").count()).toBe(1);
    await expect.poll(() => page.url()).not.toContain("pain=");
  });
});
