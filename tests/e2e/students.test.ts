import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { saveScreenshot, sharedBrowser } from "./harness/browser";
import { findPickPoints } from "./harness/gapFinder";
import { readTriggerPoints } from "./harness/modelExtras";
import { openViewer } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();
const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const muscleView = "?layers=superficial,intermediate,deep";

describe("for students", () => {
  it("names the muscle under the pointer with the skin off", async () => {
    const { page, box } = await openViewer(browser(), muscleView);
    const points = await readTriggerPoints();
    for (const [key, name] of [
      ["pectoralis-major.left", "Pectoralis major (left)"],
      ["rectus-femoris.right", "Rectus femoris (right)"],
    ] as const) {
      const tp = points.get(key)?.[0];
      if (!tp) throw new Error(`no trigger point for ${key}`);
      const at = projectAtPreset("front", tp, box);
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => page.locator(".hover-label").textContent()).toBe(name);
      expect(await page.locator(".hover-label").isVisible()).toBe(true);
    }
    await saveScreenshot(page, "students-hover");
  });

  it("lists every muscle from A to Z", async () => {
    const { page } = await openViewer(browser());
    await page.getByText(`All ${dataset.muscles.length} muscles, A to Z`).click();
    const index = page.locator("details.muscle-index");
    const expected = dataset.muscles.map((m) => m.name).sort((a, b) => a.localeCompare(b));
    await expect.poll(() => index.getByRole("button").allTextContents()).toEqual(expected);
    expect(await index.getByRole("heading", { level: 3 }).first().textContent()).toBe(expected[0]?.[0]);
    await index.getByRole("button", { name: "Soleus", exact: true }).click();
    await expect.poll(() => heading(page)).toBe("Soleus");
  });

  it("selects nothing through a gap between muscles, and the muscle itself where it faces the viewer", async () => {
    const { page, box } = await openViewer(browser(), muscleView);
    const { gaps, direct } = await findPickPoints(box);
    const near = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.abs(a.x - b.x) <= 3.01 && Math.abs(a.y - b.y) <= 3.01;
    // A gap wide enough that the view and the test's own geometry agree on it: all eight neighbours are gaps too.
    const gap = gaps.find((g) => gaps.filter((other) => near(g, other)).length === 9);
    if (!gap) throw new Error("the front view has no gap between muscles to test");
    await page.mouse.move(gap.x, gap.y);
    await page.mouse.click(gap.x, gap.y);
    await page.waitForTimeout(300);
    expect(await heading(page)).toBe("Where does it hurt?");
    expect(await page.locator(".hover-label").isVisible()).toBe(false);

    const facing = direct.find(
      (d) => direct.filter((other) => near(d, other) && other.muscle === d.muscle).length === 9,
    );
    if (!facing) throw new Error("no muscle faces the viewer");
    await page.mouse.click(facing.x, facing.y);
    await expect.poll(() => heading(page)).toBe(dataset.muscleById.get(facing.muscle)?.name);
  });
});
