import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { nextFrames, sharedBrowser } from "./harness/browser";
import { isRed } from "./harness/pixels";
import {
  aroundMarker,
  blob,
  isMarkerBlack,
  openViewer,
  pressedViews,
  shot,
  shownMarkers,
  whole,
} from "./harness/viewer";

const browser = sharedBrowser();
const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const hoverText = (page: Page) => page.locator(".hover-label").textContent();

describe("framing a selected muscle", () => {
  it("shows infraspinatus's front-of-shoulder zone with no X marker over the chest, then the muscle from behind", async () => {
    const { page, box } = await openViewer(browser(), "?muscle=infraspinatus");
    await expect.poll(() => heading(page)).toBe("Infraspinatus");
    const pattern = await shot(page, "framing-infraspinatus-pattern");
    const zone = blob(pattern, whole(box), isRed);
    // The essential zone (solid red) is on screen and large: its only essential zone is at the front of the shoulder.
    expect(zone.fraction).toBeGreaterThan(0.03);
    await page.mouse.move(zone.x, zone.y);
    await expect.poll(() => hoverText(page)).toBe("Shoulder");
    expect(await pressedViews(page)).not.toContain("Back");
    // Its trigger points lie on the back of the shoulder blade: behind the body, so no marker is drawn.
    expect(await shownMarkers(page)).toEqual([]);
    expect(blob(pattern, whole(box), isMarkerBlack).count).toBeLessThan(20);

    await page.getByRole("button", { name: "Show the muscle" }).click();
    await nextFrames(page);
    expect(await page.getByRole("checkbox", { name: "Skin", exact: true }).isChecked()).toBe(false);
    await expect.poll(() => pressedViews(page)).toEqual(["Back"]);
    const muscle = await shot(page, "framing-infraspinatus-muscle");
    expect(blob(muscle, whole(box), isRed).fraction).toBeGreaterThan(0.04);
    const markers = await shownMarkers(page);
    expect(markers.map((m) => m.number).sort()).toEqual(["1", "2", "3"]);
    for (const marker of markers) expect(blob(muscle, aroundMarker(marker), isRed).fraction).toBeGreaterThan(0.2);
  });

  it("keeps a close-up through layer changes, turns around it with the presets, and steps back with Whole body", async () => {
    const { page, box } = await openViewer(
      browser(),
      "?muscle=supinator&side=left&layers=superficial,intermediate,deep",
    );
    await expect.poll(() => heading(page)).toBe("Supinator");
    const close = await shot(page, "framing-supinator-muscle");
    // A deep muscle, shown whole: the muscles over it are faded, so its red shows.
    const red = blob(close, whole(box), isRed);
    expect(red.fraction).toBeGreaterThan(0.015);
    const before = await shownMarkers(page);
    expect(before.length).toBeGreaterThan(0);
    for (const marker of before) expect(blob(close, aroundMarker(marker), isRed).fraction).toBeGreaterThan(0.06);

    await page.getByRole("checkbox", { name: "Bones" }).check();
    await page.getByRole("checkbox", { name: "Superficial" }).uncheck();
    await nextFrames(page);
    expect(await shownMarkers(page)).toEqual(before);

    await page.getByRole("button", { name: "Front", exact: true }).click();
    await nextFrames(page);
    expect(await pressedViews(page)).toEqual(["Front"]);
    const turned = blob(await shot(page, "framing-supinator-front"), whole(box), isRed);
    expect(turned.fraction).toBeGreaterThan(red.fraction / 4);

    await page.getByRole("button", { name: "Whole body" }).click();
    await nextFrames(page);
    const far = blob(await shot(page, "framing-supinator-whole-body"), whole(box), isRed);
    expect(far.fraction).toBeLessThan(turned.fraction / 4);
    expect(await pressedViews(page)).toEqual(["Front"]);
  });

  it("shows the pattern of supinator from the start with the outer elbow and its trigger point on screen", async () => {
    const { page, box } = await openViewer(browser(), "?muscle=supinator");
    const image = await shot(page, "framing-supinator-pattern");
    expect(blob(image, whole(box), isRed).fraction).toBeGreaterThan(0.02);
    const markers = await shownMarkers(page);
    expect(markers.map((m) => m.number)).toEqual(["1"]);
    const [marker] = markers;
    if (!marker) throw new Error("no marker");
    expect(marker.x).toBeGreaterThan(box.x + 60);
    expect(marker.x).toBeLessThan(box.x + box.width - 60);
    expect(marker.y).toBeGreaterThan(box.y + 60);
    expect(marker.y).toBeLessThan(box.y + box.height - 60);
  });

  it("keeps muscle=, side=, view= and layers= in links", async () => {
    const { page } = await openViewer(browser(), "?muscle=infraspinatus&side=right&view=back&layers=skin,deep");
    await expect.poll(() => heading(page)).toBe("Infraspinatus");
    expect(await page.getByRole("checkbox", { name: "Superficial" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Deep" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Show the muscle" }).click();
    await expect.poll(() => page.url()).toContain("layers=superficial%2Cintermediate%2Cdeep");
    expect(page.url()).toContain("muscle=infraspinatus");
    expect(page.url()).toContain("side=right");
    expect(page.url()).toContain("view=back");
  });
});
