import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PREFERENCES_KEY } from "../../src/state/preferences";
import { openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";
import { collectErrors } from "./harness/errors";
import { phone } from "./harness/viewer";

const browser = sharedBrowser();

const switchButton = (page: Page, name: string) =>
  page.getByRole("banner").getByRole("group", { name: "Show for" }).getByRole("button", { name, exact: true });

/** The panel's section headings (h2) in reading order, as shown (open sections only). */
const visibleHeadings = (page: Page) =>
  page
    .getByRole("main")
    .locator("h2")
    .evaluateAll((headings) => headings.filter((h) => h.checkVisibility()).map((h) => h.textContent ?? ""));

const storedAudience = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").audience, PREFERENCES_KEY);

describe("the audience switch in the header", () => {
  it("changes the panel's wording and depth for patients, practitioners and students, and survives a reload", async () => {
    const { page } = await openApp(browser(), "?muscle=upper-trapezius", { reducedMotion: "reduce" });
    const errors = collectErrors(page);
    await waitForScene(page);
    expect(await switchButton(page, "Patients").getAttribute("aria-pressed")).toBe("true");
    const patient = await visibleHeadings(page);
    // Patients: the signs that need a doctor, then self-care and the session guide, before the pattern.
    expect(patient.slice(0, 4)).toEqual([
      "See a doctor first if",
      "What you can do yourself",
      "What a session is like",
      "Where you may feel it",
    ]);
    expect(patient).not.toContain("Danger zones");
    expect(await page.getByRole("main").locator("i", { hasText: "Musculus trapezius" }).count()).toBe(0);
    await saveScreenshot(page, "audience-patient");

    await switchButton(page, "Practitioners").click();
    await expect.poll(() => visibleHeadings(page)).toContain("Danger zones");
    const practitioner = await visibleHeadings(page);
    expect(practitioner.indexOf("Structures at risk")).toBeLessThan(practitioner.indexOf("Where it refers pain"));
    expect(practitioner).not.toContain("See a doctor first if");
    expect(await page.getByRole("region", { name: "Danger zones", exact: true }).textContent()).toContain(
      "Lung and pleura",
    );
    expect(await page.getByRole("main").locator("i", { hasText: "Musculus trapezius" }).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get("for")).toBe("practitioner");
    await saveScreenshot(page, "audience-practitioner");

    await switchButton(page, "Students").click();
    await expect.poll(async () => (await visibleHeadings(page))[0]).toBe("Study");
    const study = page.getByRole("region", { name: "Study" });
    expect(await study.textContent()).toContain("Innervation");
    expect(await visibleHeadings(page)).not.toContain("Danger zones");
    await expect.poll(() => new URL(page.url()).searchParams.get("for")).toBe("student");
    await expect.poll(() => storedAudience(page)).toBe("student");
    await saveScreenshot(page, "audience-student");

    await page.reload();
    await waitForScene(page);
    expect(await switchButton(page, "Students").getAttribute("aria-pressed")).toBe("true");
    expect((await visibleHeadings(page))[0]).toBe("Study");

    // A link without `for=` opens in the audience remembered on this device...
    await page.goto(page.url().replace(/[?&]for=student/, ""));
    await waitForScene(page);
    expect(new URL(page.url()).searchParams.get("for")).toBe("student");
    expect(await switchButton(page, "Students").getAttribute("aria-pressed")).toBe("true");
    // ...and an older link naming practitioners still opens their view.
    await page.goto(page.url().replace(/\?.*$/, "?muscle=masseter&for=practitioner"));
    await waitForScene(page);
    expect(await switchButton(page, "Practitioners").getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => page.locator("details.clinical[open]").count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("fits the phone's header with 44 px targets and changes the panel", async () => {
    const { page } = await openApp(browser(), "?muscle=supinator", phone);
    const errors = collectErrors(page);
    await waitForScene(page);
    for (const name of ["Patients", "Practitioners", "Students"]) {
      const box = await switchButton(page, name).boundingBox();
      if (!box) throw new Error(`no ${name} button`);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    const canvas = await page.locator("canvas").boundingBox();
    const panel = await page.getByRole("main").boundingBox();
    if (!canvas || !panel) throw new Error("missing canvas or panel");
    expect(canvas.height).toBeGreaterThan(400);
    expect(panel.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    await switchButton(page, "Students").tap();
    await expect.poll(async () => (await visibleHeadings(page))[0]).toBe("Study");
    await saveScreenshot(page, "audience-phone-student");
    expect(errors).toEqual([]);
  });

  it("drives the study tools for students and the danger-zone overlay for practitioners", async () => {
    const { page } = await openApp(browser(), "?muscle=upper-trapezius&for=student", { reducedMotion: "reduce" });
    const errors = collectErrors(page);
    await waitForScene(page);
    const study = page.getByRole("region", { name: "Study" });
    await study.getByRole("button", { name: "Compare it with another muscle" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Compare two muscles");
    expect(await page.getByLabel("First muscle (red)").inputValue()).toBe("upper-trapezius");
    // Leaving the student view leaves study mode.
    await switchButton(page, "Patients").click();
    await expect.poll(() => page.locator(".study-panel").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Study referral patterns: quizzes and comparisons" }).count()).toBe(
      1,
    );

    await switchButton(page, "Practitioners").click();
    // Back to the muscle through an in-app link (as back and forward do).
    await page.evaluate(() => {
      window.history.pushState(null, "", "?muscle=upper-trapezius&for=practitioner");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Upper trapezius");
    const outline = page.getByRole("button", { name: "Outline them on the model" });
    await outline.click();
    await page.locator(".danger-legend").waitFor();
    expect(await page.getByRole("button", { name: "Danger zones", exact: true }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await saveScreenshot(page, "audience-practitioner-danger-zones");
    await switchButton(page, "Patients").click();
    await expect.poll(() => page.locator(".danger-legend").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
