import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "..", "..", "dist");

describe("the production build", () => {
  it("has no chunk over Vite's 500 kB warning limit", () => {
    const chunks = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"));
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(statSync(join(dist, "assets", chunk)).size / 1000, chunk).toBeLessThan(500);
  });
});
