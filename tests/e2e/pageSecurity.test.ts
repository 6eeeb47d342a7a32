import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openApp, sharedBrowser, waitForScene } from "./harness/browser";

const dist = join(import.meta.dirname, "..", "..", "dist");
const browser = sharedBrowser();

/** The directives of the page's Content-Security-Policy meta tag. */
function pagePolicy(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  expect(metas.length).toBe(1);
  return new Map(
    (metas[0]?.[1] ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe.each(["index.html", "embed.html"])("security of the built %s", (file) => {
  const html = readFileSync(join(dist, file), "utf8");

  it("keeps a CSP with no eval and no remote origins, a referrer policy and no inline scripts", () => {
    const policy = pagePolicy(html);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      expect(values, name).not.toContain("'unsafe-eval'");
      for (const value of values) expect(value, `${name} ${value}`).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    }
    if (policy.has("script-src")) expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag).toMatch(/\bsrc="\.\//);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe("the running app", () => {
  it("breaks no rule of its content security policy", async () => {
    const { page } = await openApp(browser(), "?muscle=masseter");
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.reload();
    await waitForScene(page);
    await page.getByRole("combobox", { name: "Search" }).fill("neck");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Neck");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});
