import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { nextFrames, sharedBrowser } from "./harness/browser";
import { bareShot, blob, openViewer, shot, whole } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();
const landmark = (id: string) => {
  const position = dataset.landmarkById.get(id)?.position;
  if (!position) throw new Error(`no landmark ${id}`);
  return position;
};
const results = (page: Page) =>
  page.getByRole("list", { name: "Possible sources, best match first" }).getByRole("button").allTextContents();
const isPainBlue = ([r, g, b]: [number, number, number]) => b > 120 && b > r + 40 && b > g + 20;

describe("painting where it hurts", () => {
  it("ranks supinator or a wrist extensor first for the outer elbow painted from the front, in words", async () => {
    const { page, box } = await openViewer(browser());
    await page.getByRole("button", { name: "Paint where it hurts" }).click();
    // Paint just inside the outer edge of the left elbow as the front view shows it.
    const elbow = projectAtPreset("front", landmark("lateral-epicondyle"), box);
    await page.mouse.move(elbow.x - 4, elbow.y - 4);
    await page.mouse.down();
    await page.mouse.move(elbow.x - 4, elbow.y + 4, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await results(page)).length).toBeGreaterThan(0);
    const ranked = await results(page);
    expect(ranked[0]).toMatch(/^(Supinator|Extensor carpi radialis|Extensor digitorum|Brachioradialis)/);
    expect(ranked[0]).toMatch(/main zone covers \d+ of your \d+ spots/);
    await expect
      .poll(() => page.getByText(/A muscle ranks higher the more of them fall in its main pain zone/).count())
      .toBe(1);
    // One paint/erase control, on the body's view, with the way out beside it.
    expect(await page.getByRole("button", { name: "Paint on the body" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Erase", exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Paint", exact: true }).count()).toBe(1);
    const bar = page.getByRole("group", { name: "Painting" });
    expect(await bar.getByRole("button", { name: "Erase", exact: true }).count()).toBe(1);
    await shot(page, "paint-outer-elbow-front");
  });

  it("zooms toward the cursor, pans with the middle button, and leaves paint mode with Done", async () => {
    const knee = landmark("patella");
    const spots = [-20, -10, 0, 10, 20]
      .flatMap((dy) => [-10, 0, 10].map((dx) => [knee[0] * 1000 + dx, knee[1] * 1000 + dy, knee[2] * 1000 + 8]))
      .map((p) => `${p.map(Math.round).join(".")}.5`)
      .join("_");
    const { page, box } = await openViewer(browser(), `?paint=1&pain=${spots}`);
    const before = blob(await bareShot(page, "paint-zoom-before"), whole(box), isPainBlue);
    expect(before.count).toBeGreaterThan(0);
    // Put the pointer beside the drawing (not at the centre of the view) and zoom in.
    const cursor = { x: Math.round(before.x + 30), y: Math.round(before.y - 20) };
    await page.mouse.move(cursor.x, cursor.y);
    for (let i = 0; i < 14; i++) await page.mouse.wheel(0, -240);
    await nextFrames(page);
    const after = blob(await bareShot(page, "paint-zoom-after"), whole(box), isPainBlue);
    expect(after.count).toBeGreaterThan(before.count * 3);
    // The point under the cursor stays there: the drawing keeps its offset to the cursor, scaled by the zoom.
    const scale = Math.sqrt(after.count / before.count);
    expect(Math.abs(after.x - (cursor.x - 30 * scale))).toBeLessThan(12 * scale);
    expect(Math.abs(after.y - (cursor.y + 20 * scale))).toBeLessThan(12 * scale);

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down({ button: "middle" });
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up({ button: "middle" });
    await nextFrames(page);
    const panned = blob(await bareShot(page, "paint-panned"), whole(box), isPainBlue);
    expect(panned.x - after.x).toBeGreaterThan(80);
    expect(panned.count).toBeGreaterThan(after.count * 0.7);

    await page.getByRole("group", { name: "Painting" }).getByRole("button", { name: "Done" }).click();
    await expect.poll(() => page.url()).not.toContain("paint=1");
    expect(await page.getByRole("group", { name: "Painting" }).count()).toBe(0);
    await page.mouse.click(panned.x, panned.y);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Knee");
  });
});
