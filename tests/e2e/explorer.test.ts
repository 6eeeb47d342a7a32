import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type CanvasBox, projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { nextFrames, openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";
import { readTriggerPoints } from "./harness/modelExtras";
import { decodePng, fractionWhere, isRed } from "./harness/pixels";

const dataset = loadDataset(readDatasetFiles());
const landmark = (id: string) => {
  const position = dataset.landmarkById.get(id)?.position;
  if (!position) throw new Error(`no landmark ${id}`);
  return position;
};

const browser = sharedBrowser();

async function open(path = ""): Promise<{ page: Page; box: CanvasBox; foreignRequests: string[] }> {
  const { page, foreignRequests } = await openApp(browser(), path, { reducedMotion: "reduce" });
  await waitForScene(page);
  const box = await page.locator("canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  return { page, box, foreignRequests };
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const around = (p: { x: number; y: number }, r = 6) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });

describe("explorer", () => {
  it("clicking the jaw on the canvas opens the jaw region with masseter and temporalis", async () => {
    const { page, box, foreignRequests } = await open();
    const jaw = projectAtPreset("front", landmark("jaw-angle"), box);
    await page.mouse.click(jaw.x - 2, jaw.y);
    await expect.poll(() => heading(page).textContent()).toBe("Jaw");
    const panel = page.getByRole("main");
    await expect.poll(() => panel.getByRole("button", { name: /^Masseter/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => panel.getByRole("button", { name: /^Temporalis/ }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, "region-jaw");
    expect(foreignRequests).toEqual([]);
  });

  it("clicking the upper trapezius selects it and paints its referral pattern at the temple", async () => {
    const { page, box } = await open("?layers=superficial,intermediate,deep");
    const trapezius = (await readTriggerPoints()).get("upper-trapezius.left")?.[0];
    if (!trapezius) throw new Error("the model has no trigger point for upper-trapezius.left");
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await nextFrames(page);
    const target = projectAtPreset("back", trapezius, box);
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => heading(page).textContent()).toBe("Upper trapezius");
    await saveScreenshot(page, "muscle-upper-trapezius-picked");

    await page.getByRole("checkbox", { name: "Skin", exact: true }).check();
    await page.getByRole("button", { name: "Whole body", exact: true }).click();
    await page.getByRole("button", { name: "Left", exact: true }).click();
    await nextFrames(page);
    const painted = decodePng(await saveScreenshot(page, "muscle-upper-trapezius-referral"));
    const behindEar = projectAtPreset("left", landmark("parietal"), box);
    expect(fractionWhere(painted, around(behindEar, 5), isRed)).toBeGreaterThan(0.5);
    const temple = projectAtPreset("left", landmark("temple"), box);
    expect(fractionWhere(painted, around(temple, 12), isRed)).toBeGreaterThan(0.15);
    const knee = projectAtPreset("left", landmark("lateral-knee"), box);
    expect(fractionWhere(painted, around(knee, 8), isRed)).toBe(0);
  });

  it("choosing a condition highlights its muscles on the model", async () => {
    const { page, box } = await open("?layers=superficial,intermediate,deep");
    const orange = ([r, g, b]: [number, number, number]) => r > 200 && g > 90 && g < 170 && b < 90;
    const whole = { x: box.x, y: box.y, width: box.width, height: box.height };
    const before = fractionWhere(decodePng(await page.screenshot()), whole, orange);
    await page.getByRole("button", { name: dataset.conditionById.get("tennis-elbow")?.name ?? "" }).click();
    await expect.poll(() => heading(page).textContent()).toBe(dataset.conditionById.get("tennis-elbow")?.name);
    await page.getByRole("button", { name: "Front", exact: true }).click();
    await nextFrames(page);
    const after = fractionWhere(decodePng(await saveScreenshot(page, "condition-tennis-elbow")), whole, orange);
    expect(before).toBeLessThan(0.0002);
    expect(after).toBeGreaterThan(0.001);
  });

  it("search finds a misspelt muscle, the link reopens it, and back returns to the previous selection", async () => {
    const { page } = await open("?region=neck");
    await expect.poll(() => heading(page).textContent()).toBe("Neck");
    await page.getByRole("combobox", { name: "Search" }).fill("masetter");
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page).textContent()).toBe("Masseter");
    expect(page.url()).toContain("muscle=masseter");
    await page.reload();
    await waitForScene(page);
    await expect.poll(() => heading(page).textContent()).toBe("Masseter");
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe("Neck");
    await page.goForward();
    await expect.poll(() => heading(page).textContent()).toBe("Masseter");
  });

  it("falls back to the start view with a message for a broken link", async () => {
    const { page } = await open("?muscle=not-a-muscle");
    await expect.poll(() => heading(page).textContent()).toBe("Where does it hurt?");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("not-a-muscle");
  });
});
