import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/readDatasetFiles";
import { openApp, saveScreenshot, sharedBrowser, waitForScene } from "./harness/browser";

const browser = sharedBrowser();

/** The committed translation of one file, to compare the page with. */
function translated(lang: string, file: string): Record<string, Record<string, unknown>> {
  const json = JSON.parse(readFileSync(join(repoRoot, "data", "i18n", lang, `${file}.json`), "utf8"));
  return json[file];
}

/** What each language shows, with the words of its interface. */
const languages = [
  {
    lang: "es",
    start: "¿Dónde le duele?",
    referrers: "Músculos que envían dolor a esta zona",
    pattern: "Dónde puede sentirlo",
    redFlags: "Consulte primero a un médico si",
    searches: ["trapecio", "Trapecio superior", "trapezius", "TRAPÉCIO"],
    accentFree: { query: "muneca", finds: "Muñeca y mano" },
  },
  {
    lang: "de",
    start: "Wo tut es weh?",
    referrers: "Muskeln, die Schmerzen hierher ausstrahlen",
    pattern: "Wo Sie es spüren können",
    redFlags: "Gehen Sie zuerst zum Arzt, wenn",
    searches: ["Trapezmuskel", "oberer trapezmuskel", "trapezius", "Musculus trapezius"],
    accentFree: { query: "gesass", finds: "Gesäß und Hüfte" },
  },
] as const;

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Types into the search box and returns the results' texts. */
async function search(page: Page, query: string): Promise<string[]> {
  const box = page.locator('input[type="search"]');
  await box.fill(query);
  const list = page.getByRole("listbox");
  await list.waitFor();
  return list.getByRole("option").allTextContents();
}

describe("languages: Spanish and German alongside English", () => {
  for (const words of languages) {
    const { lang } = words;
    it(`?lang=${lang} shows the start, a region, a muscle and a condition in ${lang}, with <html lang>`, async () => {
      const regions = translated(lang, "regions");
      const muscles = translated(lang, "muscles");
      const conditions = translated(lang, "conditions");
      const neck = regions.neck?.name as string;
      const trapezius = muscles["upper-trapezius"];
      const neckPain = conditions["neck-pain"];
      const { page } = await openApp(browser(), `?lang=${lang}`, { reducedMotion: "reduce" });
      await waitForScene(page);
      await expect.poll(() => heading(page)).toBe(words.start);
      expect(await htmlLang(page)).toBe(lang);
      await page.getByRole("button", { name: neck, exact: true }).waitFor();
      await saveScreenshot(page, `lang-${lang}-start`);

      await page.getByRole("button", { name: neck, exact: true }).click();
      await expect.poll(() => heading(page)).toBe(neck);
      await expect.poll(() => page.locator("p.lead").first().textContent()).toBe(regions.neck?.description);
      await page.getByRole("region", { name: words.referrers }).waitFor();
      await saveScreenshot(page, `lang-${lang}-region`);

      await page
        .getByRole("region", { name: words.referrers })
        .getByRole("button", { name: new RegExp(`^${trapezius?.name}`) })
        .first()
        .click();
      await expect.poll(() => heading(page)).toBe(trapezius?.name);
      expect(await page.locator("p.lead").first().textContent()).toBe(trapezius?.summary);
      expect(await page.locator("p.lead .lang-tag").count()).toBe(0);
      await page.getByRole("region", { name: words.pattern }).waitFor();
      expect(await page.getByRole("region", { name: words.pattern }).textContent()).toContain(trapezius?.referral);
      // Practitioner detail stays English, marked for screen readers.
      expect(await page.locator('details.clinical dd[lang="en"]').count()).toBeGreaterThan(3);
      expect(page.url()).toContain(`lang=${lang}`);
      await saveScreenshot(page, `lang-${lang}-muscle`);

      await page.getByRole("button", { name: neckPain?.name as string, exact: true }).click();
      await expect.poll(() => heading(page)).toBe(neckPain?.name);
      const flags = page.getByRole("region", { name: words.redFlags });
      expect(await flags.getByRole("listitem").allTextContents()).toEqual(neckPain?.redFlags);
      expect(await htmlLang(page)).toBe(lang);
      await saveScreenshot(page, `lang-${lang}-condition`);
    });

    it(`finds the upper trapezius in ${lang} by its ${lang} name, the English and the Latin, whatever the accents`, async () => {
      const name = translated(lang, "muscles")["upper-trapezius"]?.name as string;
      const { page } = await openApp(browser(), `?lang=${lang}`);
      for (const query of words.searches)
        expect(await search(page, query)).toContainEqual(expect.stringContaining(name));
      expect(await search(page, words.accentFree.query)).toContainEqual(
        expect.stringContaining(words.accentFree.finds),
      );
      await saveScreenshot(page, `lang-${lang}-search`);
      await page.keyboard.press("Escape");
      await search(page, words.searches[0]);
      await page.keyboard.press("Enter");
      await expect.poll(() => heading(page)).toBe(name);
    });
  }

  it("pain mode and the printed patient handout follow the language", async () => {
    const elbow = "280.1110.-30_275.1100.-28_285.1105.-25";
    const { page } = await openApp(browser(), `?paint=1&pain=${elbow}&lang=de`, { reducedMotion: "reduce" });
    await waitForScene(page);
    const results = page.getByRole("region", { name: "Muskeln, die am häufigsten Schmerzen dorthin ausstrahlen" });
    await results.getByRole("list", { name: "Mögliche Ursachen, die passendste zuerst" }).waitFor();
    expect(await results.textContent()).toMatch(/Ihre Zeichnung hat 3 Punkte\./);
    const sources = results.getByRole("list", { name: "Mögliche Ursachen, die passendste zuerst" });
    expect(await sources.getByRole("button").first().textContent()).toMatch(/(Hauptzone|weitere Zone) deckt \d/);
    expect(
      await page.getByRole("group", { name: "Einzeichnen", exact: true }).getByRole("button").allTextContents(),
    ).toEqual(["Malen", "Radieren", "Fertig"]);
    await saveScreenshot(page, "lang-de-pain");
    await page.getByRole("button", { name: "Fertig" }).click();
    const handoutButton = page.getByRole("button", { name: "Merkblatt für Patienten: drucken oder als PDF speichern" });
    await handoutButton.scrollIntoViewIfNeeded();
    await handoutButton.click();
    const handout = page.getByRole("dialog", { name: "Merkblatt für Patienten" });
    await handout.getByRole("heading", { name: "Ihre Schmerzzeichnung" }).waitFor();
    const date = new Intl.DateTimeFormat("de", { dateStyle: "long" }).format(new Date());
    expect(await handout.locator(".handout-meta").textContent()).toContain(date);
    expect(await handout.getByRole("heading", { name: "Gehen Sie zuerst zum Arzt, wenn" }).count()).toBe(1);
    await handout.locator("img").first().waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".language-menu").isVisible()).toBe(false);
    expect(await page.locator(".viewer").isVisible()).toBe(false);
    expect(await handout.locator(".handout-page").textContent()).toContain("Was Sie selbst tun können");
    await saveScreenshot(page, "lang-de-print");
  });

  it("the session explainer, the chairside presentation and study mode follow the language", async () => {
    const { page } = await openApp(browser(), "?muscle=upper-trapezius&lang=es", { reducedMotion: "reduce" });
    await waitForScene(page);
    await page.getByRole("button", { name: "Muéstremelo paso a paso" }).click();
    const guide = page.getByRole("region", { name: "Cómo es una sesión" });
    expect(await guide.locator(".session-progress").textContent()).toMatch(/^Paso 1 de \d+$/);
    expect(await guide.getByRole("heading", { level: 3 }).textContent()).toBe("Qué es la punción seca");
    await guide.getByRole("button", { name: "Siguiente" }).click();
    expect(await guide.getByRole("heading", { level: 3 }).textContent()).toBe("Antes: informe a su profesional");
    await saveScreenshot(page, "lang-es-session");

    await page.getByRole("combobox", { name: "Idioma" }).selectOption("de");
    await page.getByRole("button", { name: "Fachleute" }).click();
    await page.getByRole("button", { name: "Zurück zum Muskel" }).click();
    await page.getByRole("button", { name: "← Alle Regionen und Beschwerden" }).click();
    await page.getByRole("button", { name: "Nacken und Hals", exact: true }).click();
    await page.getByRole("button", { name: "Diese Muskeln in der Sprechstunde zeigen" }).click();
    const presentation = page.getByRole("dialog", { name: "Präsentation in der Sprechstunde" });
    expect(await presentation.locator(".presentation-position").textContent()).toMatch(/^1 von \d+ · Nacken und Hals$/);
    await saveScreenshot(page, "lang-de-presentation");
    await presentation.getByRole("button", { name: "Präsentation beenden (Esc)" }).click();

    await page.getByRole("button", { name: "Studierende" }).click();
    await page.getByRole("button", { name: "← Alle Regionen und Beschwerden" }).click();
    await page.getByRole("button", { name: "Quiz starten" }).click();
    await page.getByRole("button", { name: "Runde starten" }).click();
    expect(await page.locator(".quiz-question .kicker").textContent()).toMatch(/^Frage 1 von \d+$/);
    await saveScreenshot(page, "lang-de-study");
  });

  it("remembers the language chosen in the menu across a reload, in the link and on this device", async () => {
    const { page } = await openApp(browser(), "", { locale: "en-US" });
    await waitForScene(page);
    await expect.poll(() => heading(page)).toBe("Where does it hurt?");
    expect(await htmlLang(page)).toBe("en");
    await page.getByRole("combobox", { name: "Language" }).selectOption("es");
    await expect.poll(() => heading(page)).toBe("¿Dónde le duele?");
    expect(await htmlLang(page)).toBe("es");
    await expect.poll(() => new URL(page.url()).searchParams.get("lang")).toBe("es");
    await page.reload();
    await expect.poll(() => heading(page)).toBe("¿Dónde le duele?");
    expect(await htmlLang(page)).toBe("es");
    // Without lang= in the link, the choice stored on this device applies.
    await page.goto(new URL("?region=knee", page.url()).toString());
    await expect.poll(() => heading(page)).toBe("Rodilla");
    await page.getByRole("combobox", { name: "Idioma" }).selectOption("de");
    await expect.poll(() => heading(page)).toBe("Knie");
    await page.reload();
    await expect.poll(() => heading(page)).toBe("Knie");
    expect(await htmlLang(page)).toBe("de");
    await page.getByRole("combobox", { name: "Sprache" }).selectOption("en");
    await expect.poll(() => heading(page)).toBe("Knee");
    expect(new URL(page.url()).searchParams.has("lang")).toBe(false);
    await page.reload();
    await expect.poll(() => heading(page)).toBe("Knee");
  });

  it("opens in the browser's language, and falls back with a notice for an unknown lang=", async () => {
    const german = await openApp(browser(), "", { locale: "de-AT" });
    await expect.poll(() => heading(german.page)).toBe("Wo tut es weh?");
    expect(await htmlLang(german.page)).toBe("de");
    const unknown = await openApp(browser(), "?lang=xx&region=knee", { locale: "es-MX" });
    await expect.poll(() => heading(unknown.page)).toBe("Rodilla");
    expect(await unknown.page.getByRole("alert").textContent()).toContain("Idioma desconocido «xx» en el enlace");
    expect(new URL(unknown.page.url()).searchParams.get("lang")).toBe("es");
  });
});
