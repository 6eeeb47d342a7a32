import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";

const browser = sharedBrowser();

/** A small pain drawing over the outer elbow, in the link's millimetre form. */
const elbowDrawing = "280.1110.-30_275.1100.-28_285.1105.-25";

/** One view to check: a link followed inside the running app (as back/forward would), then an optional step. */
interface View {
  name: string;
  path: string;
  prepare?: (page: Page) => Promise<void>;
}

/** Follows an in-app link the way the history buttons do, without reloading the page. */
async function show(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, "", to || window.location.pathname);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

/** Serious and critical axe violations on the page, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const practitionerOpen = async (page: Page) => {
  await expect.poll(() => page.locator("details.clinical[open]").count()).toBe(1);
};

/** Opens "What a session is like" from the muscle's patient view and steps once. */
const sessionGuide = async (page: Page) => {
  await page.getByRole("button", { name: "Show me, step by step" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText(/^Step 2 of \d+$/).waitFor();
};

/** Opens the patient handout and waits for its pictures. */
const handout = async (page: Page) => {
  await page.getByRole("button", { name: "Patient handout: print or save as PDF" }).click();
  await expect
    .poll(
      () =>
        page
          .getByRole("dialog")
          .getByRole("img", { name: /^The body from the/ })
          .count(),
      // Drawing the two pictures takes seconds in software WebGL on a busy machine.
      { timeout: 20_000 },
    )
    .toBe(2);
};

const showDangerZones = async (page: Page) => {
  await page.getByRole("button", { name: "Danger zones" }).click();
  await page.locator(".danger-legend").waitFor();
};

const present = async (page: Page) => {
  await page.getByRole("button", { name: /^Present (these muscles|this muscle) chairside$/ }).click();
  await page.getByRole("dialog", { name: "Chairside presentation" }).waitFor();
};

/** Opens study mode from the start view (leaving a presentation first) on one of its tabs. */
const studyTab = (tab: string) => async (page: Page) => {
  if (await page.getByRole("dialog").count()) await page.keyboard.press("Escape");
  if (!(await page.locator(".study-panel").count())) {
    await show(page, "");
    await page.getByRole("button", { name: "Study referral patterns: quizzes and comparisons" }).click();
  }
  await page.getByRole("button", { name: tab, exact: true }).click();
};

const studyQuiz = async (page: Page) => {
  await studyTab("Quiz")(page);
  await page.getByRole("button", { name: "Start a round" }).click();
  await page.locator("#quiz-prompt").waitFor();
};

const answerFirst = async (page: Page) => {
  await page.locator(".quiz-choices button").first().click();
  await page.locator(".quiz-feedback").waitFor();
};

const compare = async (page: Page) => {
  await studyTab("Compare")(page);
  await page.getByLabel("First muscle (red)").selectOption("infraspinatus");
  await page.getByLabel("Second muscle (blue)").selectOption("teres-minor");
  await page.locator(".compare-table").waitFor();
};

async function checkViews(path: string, options: BrowserContextOptions, views: View[]): Promise<void> {
  const { page } = await openApp(browser(), path, { reducedMotion: "reduce", ...options });
  await waitForScene(page);
  const found: Record<string, string[]> = {};
  for (const view of views) {
    if (view.path) await show(page, view.path);
    await view.prepare?.(page);
    found[view.name] = await seriousViolations(page);
    await saveScreenshot(page, `axe-${view.name.replaceAll(" ", "-")}`);
  }
  expect(found).toEqual(Object.fromEntries(views.map((v) => [v.name, []])));
}

describe("accessibility (axe-core): no serious or critical violations", () => {
  it("on the start, region, muscle, condition, pain-mode, practitioner, student, session guide, search and handout views", async () => {
    await checkViews("", {}, [
      { name: "start", path: "" },
      { name: "region", path: "?region=neck" },
      { name: "muscle", path: "?muscle=masseter" },
      { name: "condition", path: "?condition=tennis-elbow" },
      { name: "pain mode", path: `?paint=1&pain=${elbowDrawing}` },
      { name: "practitioner", path: "?muscle=upper-trapezius&for=practitioner", prepare: practitionerOpen },
      { name: "student", path: "?muscle=upper-trapezius&for=student" },
      { name: "session guide", path: "?muscle=infraspinatus", prepare: sessionGuide },
      {
        name: "search open",
        path: "?region=jaw",
        prepare: async (page) => {
          await page.getByRole("combobox", { name: "Search" }).fill("neck");
          await page.getByRole("listbox", { name: "Search results" }).waitFor();
        },
      },
      { name: "handout", path: "?muscle=masseter", prepare: handout },
    ]);
  });

  it.each([
    ["es", "Buscar", "cuello"],
    ["de", "Suche", "Nacken"],
  ])(
    "in %s, on the start, region, muscle, condition, pain-mode, practitioner and search views",
    async (lang, label, query) => {
      await checkViews(`?lang=${lang}`, {}, [
        { name: `${lang} start`, path: "" },
        { name: `${lang} region`, path: `?region=neck&lang=${lang}` },
        { name: `${lang} muscle`, path: `?muscle=upper-trapezius&lang=${lang}` },
        { name: `${lang} condition`, path: `?condition=tennis-elbow&lang=${lang}` },
        { name: `${lang} pain mode`, path: `?paint=1&pain=${elbowDrawing}&lang=${lang}` },
        {
          name: `${lang} practitioner`,
          path: `?muscle=upper-trapezius&for=practitioner&lang=${lang}`,
          prepare: practitionerOpen,
        },
        {
          name: `${lang} search open`,
          path: `?region=jaw&lang=${lang}`,
          prepare: async (page) => {
            await page.getByRole("combobox", { name: label }).fill(query);
            await page.getByRole("listbox").waitFor();
          },
        },
      ]);
    },
  );

  it("on the 390x844 phone layout", async () => {
    await checkViews("", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, [
      { name: "phone start", path: "" },
      { name: "phone practitioner", path: "?muscle=upper-trapezius&for=practitioner", prepare: practitionerOpen },
      { name: "phone pain mode", path: `?paint=1&pain=${elbowDrawing}` },
      { name: "phone session guide", path: "?muscle=supinator", prepare: sessionGuide },
      { name: "phone handout", path: `?pain=${elbowDrawing}`, prepare: handout },
    ]);
  });

  it("on the presentation, danger-zone and study views", async () => {
    await checkViews("", {}, [
      { name: "danger zones", path: "?muscle=rhomboids&for=practitioner", prepare: showDangerZones },
      { name: "presentation", path: "?region=neck&for=practitioner", prepare: present },
      { name: "study quiz", path: "", prepare: studyQuiz },
      { name: "study answered", path: "", prepare: answerFirst },
      { name: "study progress", path: "", prepare: studyTab("Progress") },
      { name: "study compare", path: "", prepare: compare },
    ]);
  });

  it("on the phone's presentation and study views", async () => {
    await checkViews("", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, [
      { name: "phone presentation", path: "?condition=tennis-elbow&for=practitioner", prepare: present },
      { name: "phone study quiz", path: "", prepare: studyQuiz },
      { name: "phone study compare", path: "", prepare: compare },
    ]);
  });

  it("when embedded with a clinic's booking link", async () => {
    const embed = "?embed=1&clinic=Harbour%20Physio&book=https%3A%2F%2Fharbour-physio.example%2Fbook";
    await checkViews(embed, {}, [{ name: "embedded", path: "" }]);
  });
});
