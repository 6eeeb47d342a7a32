import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { openApp, saveScreenshot, sharedBrowser } from "./harness/browser";
import { collectErrors } from "./harness/errors";

const dataset = loadDataset(readDatasetFiles());
/** Without WebGL the handouts open at once (no pictures to wait for), their place kept at the pictures' size. */
const browser = sharedBrowser(["--disable-webgl", "--disable-3d-apis"]);

/** Follows an in-app link the way the history buttons do, without reloading the page. */
async function show(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

/** How far the printed handout's content runs past its page box, in CSS pixels (0 when it fits). */
async function printedOverflow(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  try {
    return await page.locator(".handout-page").evaluate((article) => {
      const box = article.getBoundingClientRect();
      const bottom = Math.max(...[...article.children].map((child) => child.getBoundingClientRect().bottom));
      return Math.max(0, article.scrollHeight - article.clientHeight, bottom - box.bottom);
    });
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
}

async function openAndMeasure(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Patient handout: print or save as PDF" }).click();
  await page.locator(".handout-page").waitFor();
  const overflow = await printedOverflow(page);
  await page.keyboard.press("Escape");
  await page.locator(".handout-page").waitFor({ state: "detached" });
  return overflow;
}

describe("the patient handout's size", () => {
  it("fits one printed page for every muscle and for a pain drawing, and says when pictures cannot be drawn", async () => {
    const { page } = await openApp(browser(), "?muscle=masseter");
    const errors = collectErrors(page);
    await page.getByRole("heading", { level: 1, name: "Masseter" }).waitFor();
    await page.getByRole("button", { name: "Patient handout: print or save as PDF" }).click();
    await expect
      .poll(() => page.getByRole("dialog").getByRole("status").textContent())
      .toContain("could not be drawn on this device");
    await saveScreenshot(page, "handout-no-webgl");
    await page.keyboard.press("Escape");

    const overflows: Record<string, number> = {};
    for (const muscle of dataset.muscles) {
      await show(page, `?muscle=${muscle.id}`);
      await page.getByRole("heading", { level: 1, name: muscle.name, exact: true }).waitFor();
      const overflow = await openAndMeasure(page);
      if (overflow > 0.5) overflows[muscle.id] = overflow;
    }
    const [x, y, z] = dataset.landmarkById.get("medial-scapular-border")?.position ?? [0, 0, 0];
    const spots = [-0.02, 0, 0.02].flatMap((dx) =>
      [-0.03, 0, 0.03].map((dy) => [x + dx, y + dy, z].map((v) => Math.round(v * 1000)).join(".")),
    );
    await show(page, `?pain=${spots.join("_")}`);
    const overflow = await openAndMeasure(page);
    if (overflow > 0.5) overflows.pain = overflow;
    expect(overflows).toEqual({});
    // three reports the missing WebGL context (the app then shows its no-WebGL view): nothing else may fail.
    expect(errors.filter((error) => !/WebGL context/.test(error))).toEqual([]);
  });
});
