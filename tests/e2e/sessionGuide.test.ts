import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { sessionGuideSteps } from "../../src/domain/queries/sessionGuide";
import { loadDataset } from "../../src/domain/validateDataset";
import { nextFrames, sharedBrowser } from "./harness/browser";
import { collectErrors } from "./harness/errors";
import { isRed } from "./harness/pixels";
import { bareShot, blob, openViewer, phone, whole } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const steps = sessionGuideSteps(dataset.safety);
const browser = sharedBrowser();

/** The teal ring the explainer draws around the needle's spot. */
const isNeedleSpot = ([r, g, b]: [number, number, number]) => g > 150 && b > 130 && r < 110 && g > r + 60;

const guide = (page: Page) => page.getByRole("region", { name: "What a session is like" });
const stepHeading = (page: Page) => guide(page).getByRole("heading", { level: 3 }).textContent();

async function settled(page: Page): Promise<void> {
  await page.waitForSelector("html:not([data-camera-moving])");
  await nextFrames(page);
}

/** Opens the explainer for a muscle and checks the needle's spot is ringed in the middle of the view, the body calm. */
async function openGuideAndLook(path: string, options: BrowserContextOptions, name: string) {
  const { page, box } = await openViewer(browser(), path, options);
  const errors = collectErrors(page);
  const canvas = whole(box);
  await settled(page);
  const before = await bareShot(page, `${name}-before`);
  expect(blob(before, canvas, isNeedleSpot).count).toBe(0);
  expect(blob(before, canvas, isRed).count).toBeGreaterThan(50);

  const start = page.getByRole("button", { name: "Show me, step by step" });
  await start.scrollIntoViewIfNeeded();
  await start.click();
  await expect.poll(() => stepHeading(page)).toBe("What dry needling is");
  await settled(page);
  const during = await bareShot(page, `${name}-needle`);
  const spot = blob(during, canvas, isNeedleSpot);
  expect(spot.count).toBeGreaterThan(40);
  expect(Math.abs(spot.x - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width * 0.12);
  expect(Math.abs(spot.y - (canvas.y + canvas.height / 2))).toBeLessThan(canvas.height * 0.12);
  // The rest of the body is calm: no referral paint and no numbered markers while the guide is open.
  expect(blob(during, canvas, isRed).count).toBeLessThan(10);
  expect(await page.locator(".tp-marker:not([hidden])").count()).toBe(0);
  return { page, errors, canvas };
}

describe("What a session is like", () => {
  it("steps through by keyboard and buttons while the body shows where the needle goes", async () => {
    const { page, errors, canvas } = await openGuideAndLook(
      "?muscle=upper-trapezius",
      { reducedMotion: "reduce" },
      "session-guide",
    );
    await guide(page).getByRole("button", { name: "Next" }).focus();
    const headings = [await stepHeading(page)];
    for (let i = 1; i < steps.length; i++) {
      await page.keyboard.press("ArrowRight");
      await expect
        .poll(() =>
          guide(page)
            .getByText(`Step ${i + 1} of ${steps.length}`)
            .count(),
        )
        .toBe(1);
      headings.push(await stepHeading(page));
    }
    expect(headings).toContain("During the session (5 of 9)");
    expect(headings.at(-1)).toBe("How well it works");
    await page.keyboard.press("ArrowLeft");
    expect(await stepHeading(page)).toBe("How it differs from acupuncture");
    expect(await guide(page).textContent()).toContain("Traditional acupuncture");
    await settled(page);
    expect(blob(await bareShot(page, "session-guide-late-step"), canvas, isNeedleSpot).count).toBeGreaterThan(40);

    await guide(page).getByRole("button", { name: "Next" }).click();
    await guide(page).getByRole("button", { name: "Done" }).click();
    await expect.poll(() => page.getByText(/^Step \d+ of \d+$/).count()).toBe(0);
    await settled(page);
    const after = await bareShot(page, "session-guide-closed");
    expect(blob(after, canvas, isNeedleSpot).count).toBe(0);
    expect(blob(after, canvas, isRed).count).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it("works on a phone, with the needle's spot in the view above the panel", async () => {
    const { page, errors } = await openGuideAndLook("?muscle=gastrocnemius", phone, "session-guide-phone");
    const next = guide(page).getByRole("button", { name: "Next" });
    await next.scrollIntoViewIfNeeded();
    expect((await next.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await next.tap();
    await expect.poll(() => stepHeading(page)).toBe("Before: tell your practitioner");
    expect(errors).toEqual([]);
  });
});
