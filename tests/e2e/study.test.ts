import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectAtPreset } from "../../scripts/projectAtPreset";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { regionPanelMuscles } from "../../src/domain/queries/panelMuscles";
import { compileReferral } from "../../src/domain/referral/compileReferral";
import { instancesOf } from "../../src/domain/referral/muscleInstances";
import { loadDataset } from "../../src/domain/validateDataset";
import { STUDY_KEY } from "../../src/state/study/studyStorage";
import { nextFrames, sharedBrowser } from "./harness/browser";
import { isRed } from "./harness/pixels";
import { blob, openViewer, shot, whole } from "./harness/viewer";

const dataset = loadDataset(readDatasetFiles());
const browser = sharedBrowser();
const nameOf = (id: string) => dataset.muscleById.get(id)?.name ?? id;

/** Console errors and uncaught exceptions of a page, from now on. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => (m.type() === "error" ? errors.push(`console: ${m.text()}`) : undefined));
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

interface StoredCard {
  schedule: { due: string; reps: number };
  answered: number;
  correct: number;
}

async function storedCards(page: Page): Promise<Record<string, StoredCard>> {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), STUDY_KEY);
  return text ? (JSON.parse(text) as { cards: Record<string, StoredCard> }).cards : {};
}

/** The red of the painted pattern in the canvas, after the camera has framed it. */
async function redInCanvas(page: Page, name: string): Promise<number> {
  await page.waitForTimeout(300);
  await nextFrames(page);
  const box = await page.locator("canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  return blob(await shot(page, name), whole(box), isRed).fraction;
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const prompt = (page: Page) => page.locator("#quiz-prompt").textContent();
const progressCell = (page: Page, row: string, column: number) =>
  page
    .locator(".progress-table tbody tr", { has: page.getByRole("rowheader", { name: row }) })
    .locator("td")
    .nth(column);

describe("study mode", () => {
  it("a quiz round records answers, schedules each card's next review, and the progress view counts them after a reload", async () => {
    const { page } = await openViewer(browser(), "");
    const errors = errorsOf(page);
    const list = regionPanelMuscles(dataset, "upper-back");
    const [first, second, third] = list;
    if (!first || !second || !third) throw new Error("the upper back lists fewer than three muscles");
    await page.getByRole("button", { name: "Study referral patterns: quizzes and comparisons" }).click();
    await expect.poll(() => heading(page)).toBe("Quiz: referral patterns");
    await page.getByLabel("Study list").selectOption("region:upper-back");
    const started = Date.now();
    await page.getByRole("button", { name: "Start a round" }).click();

    // 1: the pattern is shown without its name; naming it right.
    expect(await prompt(page)).toBe("Which muscle refers pain in the pattern on the body?");
    expect(await page.locator(".side-panel").textContent()).not.toContain(
      `This is the pattern of the ${nameOf(first)}`,
    );
    expect(await redInCanvas(page, "study-name-question")).toBeGreaterThan(0.004);
    expect(await page.locator(".quiz-choices button").count()).toBe(4);
    await page.getByRole("button", { name: nameOf(first), exact: true }).click();
    await expect.poll(() => page.locator(".quiz-feedback").textContent()).toContain("Right.");
    const afterFirst = await storedCards(page);
    expect(Date.parse(afterFirst[`name:${first}`]?.schedule.due ?? "")).toBeGreaterThan(started);
    await page.getByRole("button", { name: "Next question" }).click();

    // 2: tap where it refers, on its essential zone (seen from the side it lies on).
    expect(await prompt(page)).toBe(`Where does the ${nameOf(second)} refer pain?`);
    expect(await redInCanvas(page, "study-refer-question")).toBeLessThan(0.001);
    const muscle = dataset.muscleById.get(second);
    if (!muscle) throw new Error(second);
    const left = instancesOf(muscle)[0];
    if (!left) throw new Error("no instance");
    const zone = compileReferral(left, dataset).zones.find((z) => z.kind === "essential");
    const target = zone?.ellipsoid?.center ?? zone?.path[0];
    if (!target) throw new Error("no essential zone");
    const side = target[2] < 0 ? "Back" : "Front";
    await page.getByRole("button", { name: side, exact: true }).click();
    await page.waitForTimeout(300);
    await nextFrames(page);
    const box = await page.locator("canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const at = projectAtPreset(side === "Back" ? "back" : "front", target, box);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator(".quiz-feedback").textContent()).toContain("Right.");
    expect(await heading(page)).toBe("Quiz: referral patterns");
    expect(await redInCanvas(page, "study-refer-answered")).toBeGreaterThan(0.004);
    await page.getByRole("button", { name: "Next question" }).click();

    // 3: place its trigger point; not knowing it still schedules the card (sooner) and shows the points.
    expect(await prompt(page)).toBe(`Where is a trigger point of the ${nameOf(third)}?`);
    await page.getByRole("button", { name: "Show me" }).click();
    await expect.poll(() => page.locator(".quiz-feedback").textContent()).toContain("Not quite.");
    expect(await page.locator(".quiz-feedback").textContent()).toMatch(/again in (a minute|\d+ minutes)/);

    const cards = await storedCards(page);
    for (const id of [`name:${first}`, `refer:${second}`, `place:${third}`]) {
      expect(cards[id]?.answered, id).toBe(1);
      expect(Date.parse(cards[id]?.schedule.due ?? ""), id).toBeGreaterThan(started);
    }
    expect(cards[`place:${third}`]?.correct).toBe(0);
    expect(Date.parse(cards[`place:${third}`]?.schedule.due ?? "")).toBeLessThan(
      Date.parse(cards[`name:${first}`]?.schedule.due ?? ""),
    );

    // Study mode switched the app to the student view, which the reload keeps: the start view has a Study section.
    await page.reload();
    expect(new URL(page.url()).searchParams.get("for")).toBe("student");
    await page.getByRole("region", { name: "Study" }).getByRole("button", { name: "Progress", exact: true }).click();
    await page.getByLabel("Study list").selectOption("region:upper-back");
    expect(await progressCell(page, "Studied", 0).textContent()).toBe(`3 of ${list.length * 3}`);
    expect(await progressCell(page, "Right answers", 0).textContent()).toBe("67% (2 of 3)");
    expect(await progressCell(page, "Due now", 0).textContent()).toBe("0");
    await shot(page, "study-progress");
    expect(errors).toEqual([]);
  });

  it("compares two muscles: both patterns on the body in two colours, their facts in two columns", async () => {
    const { page } = await openViewer(browser(), "?view=back");
    const errors = errorsOf(page);
    await page.getByRole("button", { name: "Study referral patterns: quizzes and comparisons" }).click();
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.getByLabel("First muscle (red)").selectOption("infraspinatus");
    await page.getByLabel("Second muscle (blue)").selectOption("levator-scapulae");
    await page.waitForTimeout(300);
    await nextFrames(page);
    const box = await page.locator("canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const image = await shot(page, "study-compare");
    const isBlue = ([r, g, b]: [number, number, number]) => b > 140 && b > r + 70 && b > g + 30;
    expect(blob(image, whole(box), isRed).fraction, "the first pattern in red").toBeGreaterThan(0.003);
    expect(blob(image, whole(box), isBlue).fraction, "the second pattern in blue").toBeGreaterThan(0.003);
    const headers = await page.locator(".compare-table thead th").allTextContents();
    expect(headers).toEqual(["Fact", "Infraspinatus", "Levator scapulae"]);
    const referral = page.locator(".compare-table tbody tr", {
      has: page.getByRole("rowheader", { name: "Refers pain to" }),
    });
    expect(await referral.locator("td").allTextContents()).toEqual([
      dataset.muscleById.get("infraspinatus")?.referral.description,
      dataset.muscleById.get("levator-scapulae")?.referral.description,
    ]);
    expect(errors).toEqual([]);
  });

  it("resets unreadable stored progress with a notice, and keeps working", async () => {
    const { page } = await openViewer(browser(), "");
    await page.evaluate(
      (key) => window.localStorage.setItem(key, '{"cards":{"name:masseter":{"due":"soon"}}}'),
      STUDY_KEY,
    );
    await page.reload();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("saved study progress");
    expect(await page.evaluate((key) => window.localStorage.getItem(key), STUDY_KEY)).toBeNull();
    await page.getByRole("button", { name: "Study referral patterns: quizzes and comparisons" }).click();
    await page.getByRole("button", { name: "Progress", exact: true }).click();
    expect(await progressCell(page, "Studied", 1).textContent()).toBe(`0 of ${dataset.muscles.length * 3}`);
  });
});
