import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { nextFrames, sharedBrowser } from "./harness/browser";
import { blob, openViewer, shot } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();

/** The danger zones' violet hatching and outline (skin, referral red and the blue pain drawing are not violet). */
const isViolet = ([r, g, b]: [number, number, number]) => b > 110 && r > g + 25 && b > g + 50 && b > r * 0.8;

const landmark = (id: string): [number, number, number] => {
  const p = dataset.landmarkById.get(id)?.position;
  if (!p) throw new Error(`no landmark ${id}`);
  return [p[0], p[1], p[2]];
};

/** A square of the canvas around where a landmark appears from the back, whole body in view. */
async function squareAt(page: Page, id: string, size = 40) {
  const box = await page.locator("canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  const at = projectAtPreset("back", landmark(id), box);
  return { x: Math.round(at.x - size / 2), y: Math.round(at.y - size / 2), width: size, height: size };
}

/** Turns to the whole body seen from the back, where `projectAtPreset("back")` applies. */
async function wholeBodyFromBack(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Whole body" }).click();
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await page.waitForTimeout(300);
  await nextFrames(page);
}

describe("danger zones for practitioners", () => {
  it("draws the lung field on the upper back when switched on, with its depth in the legend", async () => {
    const { page } = await openViewer(browser(), "?for=practitioner&view=back");
    const errors: string[] = [];
    page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
    const upperBack = await squareAt(page, "thoracic-paraspinal");
    const lowBack = await squareAt(page, "l5-spinous");
    const before = blob(await shot(page, "danger-off"), upperBack, isViolet);
    expect(before.fraction).toBeLessThan(0.02);

    await page.getByRole("button", { name: "Danger zones" }).click();
    await nextFrames(page);
    const image = await shot(page, "danger-lung-back");
    expect(blob(image, upperBack, isViolet).fraction, "lung field hatched on the upper back").toBeGreaterThan(0.2);
    expect(blob(image, await squareAt(page, "medial-scapular-border"), isViolet).fraction).toBeGreaterThan(0.2);
    expect(blob(image, lowBack, isViolet).fraction, "nothing over the sacrum").toBeLessThan(0.02);
    const legend = page.locator(".danger-legend");
    expect(await legend.textContent()).toContain("Lung and pleura (apex and chest wall): 10-40 mm deep");
    expect(await legend.textContent()).toContain("Kidney: 35-50 mm deep");

    await page.getByRole("button", { name: "Danger zones" }).click();
    await nextFrames(page);
    expect(blob(await shot(page, "danger-off-again"), upperBack, isViolet).fraction).toBeLessThan(0.02);
    expect(errors).toEqual([]);
  });

  it("shows a selected muscle's own zones only, labelled with their depth, and not to patients", async () => {
    const { page } = await openViewer(browser(), "?muscle=quadratus-lumborum&for=practitioner");
    await page.getByRole("button", { name: "Danger zones" }).click();
    await wholeBodyFromBack(page);
    const own = dataset.safety.dangerZones.filter((z) => z.muscles.includes("quadratus-lumborum")).map((z) => z.id);
    expect(own).toContain("kidney");
    expect(own).not.toContain("sciatic-nerve");
    await shot(page, "danger-quadratus-lumborum");
    const labels = page.locator(".danger-label:not([hidden])");
    await expect.poll(() => labels.allTextContents()).toContain("Kidney: from 35-50 mm deep");
    const style = await page.addStyleTag({ content: ".danger-label, .tp-marker { visibility: hidden; }" });
    const image = await shot(page, "danger-quadratus-lumborum-bare");
    await style.evaluate((element) => (element as Element).remove());
    const kidney = await squareAt(page, "lumbar", 24);
    expect(blob(image, kidney, isViolet).fraction, "kidney drawn").toBeGreaterThan(0.2);
    const thigh = await squareAt(page, "posterior-thigh", 24);
    expect(blob(image, thigh, isViolet).fraction, "the sciatic nerve is not its zone").toBeLessThan(0.02);

    await page.getByRole("button", { name: "Patients" }).click();
    await nextFrames(page);
    expect(await page.getByRole("button", { name: "Danger zones" }).count()).toBe(0);
    expect(blob(await shot(page, "danger-patient"), kidney, isViolet).fraction).toBeLessThan(0.02);
  });
});
