import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { saveScreenshot, sharedBrowser } from "./harness/browser";
import { decodePng, fractionWhere, isBodyColour } from "./harness/pixels";

const browser = sharedBrowser();
const appOrigin = new URL(inject("baseURL")).origin;

/** The iframe snippet exactly as public/embed.html documents it, pointed at the app under test. */
function documentedSnippet(): string {
  const page = readFileSync(join(import.meta.dirname, "..", "..", "public", "embed.html"), "utf8");
  const code = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(page)?.[1];
  if (!code) throw new Error("public/embed.html has no snippet in <pre><code>");
  const html = code.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
  return html.replace("https://YOUR-EXPLORER-ADDRESS", appOrigin);
}

/** A clinic's page on another local port (another origin) holding `snippet`. */
let clinicSite: Server;
let clinicOrigin = "";
const pages = new Map<string, string>();
beforeAll(async () => {
  clinicSite = createServer((request, response) => {
    const body = pages.get(request.url ?? "");
    response.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => clinicSite.listen(0, "127.0.0.1", resolve));
  const address = clinicSite.address();
  if (!address || typeof address === "string") throw new Error("no port");
  clinicOrigin = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((resolve) => clinicSite.close(() => resolve())));

async function openClinicPage(
  path: string,
  snippet: string,
): Promise<{ page: Page; frame: Frame; requests: string[] }> {
  pages.set(path, `<!doctype html><html lang="en"><title>Harbour Physio</title><h1>Our clinic</h1>${snippet}</html>`);
  const context = await browser().newContext({ viewport: { width: 1100, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.frame() !== page.mainFrame()) requests.push(request.url());
  });
  await page.goto(`${clinicOrigin}${path}`);
  const element = await page.waitForSelector("iframe");
  const frame = await element.contentFrame();
  if (!frame) throw new Error("the iframe has no frame");
  await frame.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
  return { page, frame, requests };
}

describe("embedded in a clinic's site", () => {
  it("renders the 3D view and panel with the clinic's name, booking link and a link to the full app", async () => {
    const { page, frame, requests } = await openClinicPage("/", documentedSnippet());
    expect(frame.url()).toContain(`${appOrigin}/?embed=1`);
    expect(await frame.getByText("Harbour Physio", { exact: true }).count()).toBe(1);
    const book = frame.getByRole("link", { name: "Book an appointment" });
    expect(await book.getAttribute("href")).toBe("https://harbour-physio.example/book");
    expect(await book.getAttribute("target")).toBe("_blank");
    expect(await frame.getByRole("heading", { level: 1 }).textContent()).toBe("Where does it hurt?");

    const box = await page.locator("iframe").boundingBox();
    const canvas = await frame.locator("canvas").boundingBox();
    if (!box || !canvas) throw new Error("no iframe or canvas");
    const image = decodePng(await saveScreenshot(page, "embed-clinic"));
    const column = { x: canvas.x + canvas.width * 0.4, y: canvas.y + 30, width: canvas.width * 0.2, height: 200 };
    expect(fractionWhere(image, column, isBodyColour)).toBeGreaterThan(0.2);

    await frame.getByRole("button", { name: "Neck", exact: true }).click();
    await expect.poll(() => frame.getByRole("heading", { level: 1 }).textContent()).toBe("Neck");
    const full = frame.getByRole("link", { name: /Open the full explorer/ });
    expect(await full.getAttribute("href")).toBe(`${appOrigin}/?region=neck`);
    expect(frame.url()).toContain("embed=1");
    expect(frame.url()).toContain("clinic=Harbour");
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(appOrigin) && !url.startsWith("data:"))).toEqual([]);
  });

  it("shows a booking address that is not http(s) as plain text, never as a link", async () => {
    const snippet = documentedSnippet().replace(/book=[^"&]+/, `book=${encodeURIComponent("javascript:alert(1)")}`);
    const { frame } = await openClinicPage("/unsafe", snippet);
    expect(await frame.getByRole("link", { name: /Book/ }).count()).toBe(0);
    expect(await frame.getByText("Book an appointment: javascript:alert(1)").count()).toBe(1);
    expect(await frame.getByRole("link", { name: /Open the full explorer/ }).count()).toBe(1);
  });
});
