import { writeFileSync } from "node:fs";
import { join } from "node:path";
import jsQR from "jsqr";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { saveScreenshot, screenshotDir, sharedBrowser } from "./harness/browser";
import { collectErrors } from "./harness/errors";
import { pdfPageCount, pdfText, renderFirstPage } from "./harness/pdf";
import { isRed, type Pixels, pixelAt } from "./harness/pixels";
import { isMarkerBlack, openViewer, phone } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();

/** The light grey behind the body in the handout's pictures (`HANDOUT_BACKGROUND`, #eceef2). */
const isPictureBackground = ([r, g, b]: [number, number, number]) =>
  Math.abs(r - 236) <= 5 && Math.abs(g - 238) <= 5 && Math.abs(b - 242) <= 5;
/** The blue of the pain drawing. */
const isDrawingBlue = ([r, g, b]: [number, number, number]) => b > 150 && b > r + 60 && b > g + 30;

const handoutButton = (page: Page) => page.getByRole("button", { name: "Patient handout: print or save as PDF" });
const dialog = (page: Page) => page.getByRole("dialog", { name: "Patient handout" });

/** Opens the handout and waits for both pictures of the body. */
async function openHandout(page: Page): Promise<void> {
  await handoutButton(page).scrollIntoViewIfNeeded();
  await handoutButton(page).click();
  await expect
    .poll(
      () =>
        dialog(page)
          .getByRole("img", { name: /^The body from the (front|back)/ })
          .count(),
      // Drawing the two pictures takes seconds in software WebGL on a busy machine.
      { timeout: 20_000 },
    )
    .toBe(2);
}

/** The two pictures on a rendered page: the box of their grey background, split into its left and right halves. */
function pictureBoxes(image: Pixels) {
  let [minX, minY, maxX, maxY] = [image.width, image.height, 0, 0];
  for (let y = 0; y < image.height; y += 2) {
    for (let x = 0; x < image.width; x += 2) {
      if (!isPictureBackground(pixelAt(image, x, y))) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  if (maxX <= minX) throw new Error("no handout pictures on the page");
  const half = Math.floor((maxX - minX) / 2);
  const height = maxY - minY;
  return [
    { x: minX, y: minY, width: half, height },
    { x: minX + half, y: minY, width: maxX - minX - half, height },
  ];
}

function count(image: Pixels, box: { x: number; y: number; width: number; height: number }, test: typeof isRed) {
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y += 2)
    for (let x = box.x; x < box.x + box.width; x += 2) if (test(pixelAt(image, x, y))) n += 1;
  return n;
}

/** Prints the page to PDF in both paper sizes; checks each is one page; returns the A4 file, its first page and its text. */
async function printBothSizes(page: Page, name: string) {
  let a4 = { file: "", image: null as Pixels | null, text: "" };
  for (const format of ["A4", "Letter"] as const) {
    const file = join(screenshotDir, `${name}-${format}.pdf`);
    writeFileSync(file, await page.pdf({ format, printBackground: true }));
    expect(pdfPageCount(file), `${name} on ${format}`).toBe(1);
    const image = renderFirstPage(file, join(screenshotDir, `${name}-${format}-page1`));
    if (format === "A4") a4 = { file, image, text: pdfText(file) };
  }
  if (!a4.image) throw new Error("no A4 page");
  return { ...a4, image: a4.image };
}

function qrText(image: Pixels): string | undefined {
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe("the patient handout", () => {
  it("prints a muscle on one A4 or Letter page with its pictures, text, name, note, date and a QR code of the link", async () => {
    const { page } = await openViewer(browser(), "?muscle=upper-trapezius");
    const errors = collectErrors(page);
    const muscle = dataset.muscleById.get("upper-trapezius");
    if (!muscle) throw new Error("no upper trapezius");
    await openHandout(page);
    await dialog(page).getByLabel("Practitioner", { exact: true }).fill("Dr Ana Lee, Harbour Physio");
    await dialog(page).getByLabel("Note from your practitioner").fill("Heat first, then the stretch we practised.");
    await saveScreenshot(page, "handout-muscle-screen");

    const { image, text } = await printBothSizes(page, "handout-muscle");
    const [front, back] = pictureBoxes(image);
    if (!front || !back) throw new Error("two pictures expected");
    for (const [side, box] of [
      ["front", front],
      ["back", back],
    ] as const) {
      expect(count(image, box, isRed), `red pattern in the ${side} picture`).toBeGreaterThan(200);
    }
    expect(count(image, front, isMarkerBlack) + count(image, back, isMarkerBlack)).toBeGreaterThan(30);
    expect(count(image, back, isMarkerBlack), "X markers in the back picture").toBeGreaterThan(15);
    for (const expected of [
      "Patient handout",
      "Upper trapezius",
      muscle.summary.slice(0, 60),
      muscle.selfCare[0]?.slice(0, 50) ?? "",
      "See a doctor first if",
      dataset.safety.seeADoctorFirst[0]?.slice(0, 50) ?? "",
      "Dr Ana Lee, Harbour Physio",
      "Heat first, then the stretch we practised.",
      String(new Date().getFullYear()),
    ]) {
      expect(text.toLowerCase()).toContain(expected.replace(/\s+/g, " ").toLowerCase());
    }
    expect(qrText(image)).toBe(page.url());
    expect(errors).toEqual([]);
  });

  it("remembers the practitioner's name and note on this device", async () => {
    const { page } = await openViewer(browser(), "?muscle=masseter");
    await openHandout(page);
    await dialog(page).getByLabel("Practitioner", { exact: true }).fill("Sam Ortiz");
    await dialog(page).getByLabel("Note from your practitioner").fill("Relax the jaw.");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog(page).count()).toBe(0);
    await page.reload();
    await page.waitForSelector('html[data-scene-ready="true"]');
    await openHandout(page);
    expect(await dialog(page).getByLabel("Practitioner", { exact: true }).inputValue()).toBe("Sam Ortiz");
    expect(await dialog(page).getByLabel("Note from your practitioner").inputValue()).toBe("Relax the jaw.");
  });

  it("prints a pain drawing with its best matches on one page: the drawing and the best match's pattern", async () => {
    // A small drawing on the upper back, beside the left shoulder blade (in the link's millimetres).
    const [x, y, z] = dataset.landmarkById.get("medial-scapular-border")?.position ?? [0, 0, 0];
    const drawing = [-0.012, 0, 0.012]
      .flatMap((dx) => [-0.012, 0, 0.012].map((dy) => [x + dx, y + dy, z].map((v) => Math.round(v * 1000)).join(".")))
      .join("_");
    const { page } = await openViewer(browser(), `?pain=${drawing}`);
    const errors = collectErrors(page);
    const matches = page.getByRole("list", { name: "Possible sources, best match first" }).getByRole("button");
    const best = ((await matches.first().textContent()) ?? "").split(/[(·]/)[0]?.trim() ?? "";
    await openHandout(page);
    await saveScreenshot(page, "handout-pain-screen");
    const { image, text } = await printBothSizes(page, "handout-pain");
    const [front, back] = pictureBoxes(image);
    if (!front || !back) throw new Error("two pictures expected");
    const red = count(image, front, isRed) + count(image, back, isRed);
    const blue = count(image, front, isDrawingBlue) + count(image, back, isDrawingBlue);
    expect(red).toBeGreaterThan(200);
    expect(blue).toBeGreaterThan(20);
    expect(count(image, front, isMarkerBlack) + count(image, back, isMarkerBlack)).toBeGreaterThan(15);
    expect(text).toContain("Your pain drawing");
    expect(text).toContain("Muscles that most often refer pain there");
    expect(text).toContain(best);
    expect(qrText(image)).toBe(page.url());
    expect(errors).toEqual([]);
  });

  it("reflows on a phone, with the print button in reach", async () => {
    const { page } = await openViewer(browser(), "?muscle=gastrocnemius", phone);
    const errors = collectErrors(page);
    await openHandout(page);
    const print = dialog(page).getByRole("button", { name: "Print or save as PDF" });
    const box = await print.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const width = await dialog(page)
      .locator(".handout-page")
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, "handout-phone");
    await dialog(page).getByRole("button", { name: "Close" }).tap();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
