import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { partsOf } from "../../src/domain/bodyParts/bodyParts";
import { loadDataset } from "../../src/domain/validateDataset";
import { nextFrames, sharedBrowser } from "./harness/browser";
import { blob, isHighlight, openViewer, shot, whole } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();
const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

/** Muscles that lie on the trunk alone (their regions are all trunk regions). */
const trunkMuscles = dataset.muscles
  .filter((m) => m.regions.every((r) => ["chest", "abdomen", "upper-back", "low-back"].includes(r)))
  .map((m) => m.name);

/** Muscles with no referral zone anchored on an arm: they can never refer to the arm. */
const noArmZone = dataset.muscles
  .filter((m) =>
    m.referral.zones.every((zone) =>
      (zone.shape === "ellipsoid" ? [zone.center] : zone.path).every((ref) =>
        partsOf(dataset.landmarkById.get(typeof ref === "string" ? ref : ref.at)?.part).every((part) => part !== "arm"),
      ),
    ),
  )
  .map((m) => m.name);

describe("regions and warnings", () => {
  it("lists no muscle without an arm pattern for the elbow, shows its red flags first without repeats, and tints it on the skin", async () => {
    const { page, box } = await openViewer(browser());
    const before = blob(await shot(page, "region-none"), whole(box), isHighlight).fraction;
    await page.getByRole("button", { name: "Elbow", exact: true }).click();
    await expect.poll(() => heading(page)).toBe("Elbow");
    const flags = page.getByRole("region", { name: "See a doctor first if" });
    const referrers = page.getByRole("region", { name: "Muscles that refer pain here" });
    const flagsBox = await flags.boundingBox();
    const referrersBox = await referrers.boundingBox();
    expect(flagsBox && referrersBox && flagsBox.y < referrersBox.y).toBe(true);
    await flags.getByRole("button", { name: /Show all/ }).click();
    const items = await flags.getByRole("listitem").allTextContents();
    expect(items.length).toBeGreaterThan(5);
    expect(new Set(items).size).toBe(items.length);
    expect(items.filter((item) => /hot, red, swollen elbow/i.test(item))).toHaveLength(1);
    expect(items.filter((item) => /constant night pain/i.test(item))).toHaveLength(1);

    const names = (await referrers.getByRole("button").allTextContents()).map((t) =>
      t.replace(/(essential|spillover)$/, ""),
    );
    expect(noArmZone).toEqual(expect.arrayContaining(["Serratus posterior inferior", "Rectus abdominis"]));
    expect(names.filter((name) => noArmZone.includes(name))).toEqual([]);
    const essential = (await referrers.getByRole("button", { name: /essential$/ }).allTextContents()).map((t) =>
      t.replace(/essential$/, ""),
    );
    expect(essential).toContain("Supinator");
    // Trunk muscles that do send pain down the arm (the pain guide lists them for the elbow) come only as spillover.
    expect(essential.filter((name) => trunkMuscles.includes(name))).toEqual([]);

    await nextFrames(page);
    const tinted = blob(await shot(page, "region-elbow"), whole(box), isHighlight).fraction;
    expect(before).toBeLessThan(0.001);
    expect(tinted).toBeGreaterThan(0.01);
  });

  it("tints the regions of a condition with the skin on: tennis elbow shows on the elbows and forearms", async () => {
    const { page, box } = await openViewer(browser());
    await page.getByRole("button", { name: "Tennis elbow", exact: true }).click();
    await expect.poll(() => heading(page)).toBe("Tennis elbow");
    await nextFrames(page);
    const image = await shot(page, "condition-tennis-elbow-skin");
    expect(blob(image, whole(box), isHighlight).fraction).toBeGreaterThan(0.02);
  });
});

const listbox = (page: Page) => page.getByRole("listbox", { name: "Search results" });
const results = (page: Page) => listbox(page).getByRole("option");

describe("search", () => {
  const search = async (page: Page, text: string) => {
    await page.getByRole("combobox", { name: "Search" }).fill(text);
    return results(page).allTextContents();
  };

  it("opens the elbow for 'outer elbow', puts the temple first for 'temple', and finds the safety text", async () => {
    const { page } = await openViewer(browser());
    const outer = await search(page, "outer elbow");
    expect(outer[0]).toMatch(/^Outer elbow \(lateral epicondyle\) · Elbow/);
    expect(outer.findIndex((o) => o.startsWith("Golfer"))).toBe(-1);
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page)).toBe("Elbow");

    const temple = await search(page, "temple");
    expect(temple[0]).toMatch(/^Temple/);
    expect(temple.join()).not.toMatch(/Fibularis brevis|Serratus anterior/);

    const shin = await search(page, "shin");
    expect(shin[0]).toMatch(/^Shin · Lower leg/);

    expect((await search(page, "dry needling"))[0]).toMatch(/dry-needling session/i);
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page)).toBe("About dry needling");
    await page.screenshot({ path: "tests/e2e/screenshots/search-dry-needling.png" });

    for (const [query, topic] of [
      ["twitch", "What a dry-needling session is like"],
      ["session", "What a dry-needling session is like"],
      ["acupuncture", "Dry needling and acupuncture"],
    ] as const) {
      const found = await search(page, query);
      expect(found.some((f) => f.startsWith(topic))).toBe(true);
      await listbox(page)
        .getByRole("option", { name: new RegExp(`^${topic}`) })
        .click();
      const focused = page.locator('section[aria-current="true"]');
      await expect.poll(() => focused.getByRole("heading").textContent()).toBe(topic);
      expect((await focused.textContent())?.toLowerCase()).toContain(query);
    }
  });
});
