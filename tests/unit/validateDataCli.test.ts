import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

function validateData(args: string[], cwd = root) {
  const result = spawnSync(tsx, [join(cwd, "scripts", "validateData.ts"), ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run validate-data", () => {
  it("prints only a JSON summary with --json", () => {
    const { status, stdout } = validateData(["--json"]);
    expect(status).toBe(0);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary).sort()).toEqual([
      "conditions",
      "landmarks",
      "muscles",
      "regions",
      "triggerPoints",
      "zones",
    ]);
    expect(summary.muscles).toContain("upper-trapezius");
    expect(summary.regions).toContain("it-band");
    expect(summary.triggerPoints).toBeGreaterThanOrEqual(summary.muscles.length);
    expect(summary.zones).toBeGreaterThanOrEqual(summary.muscles.length);
  });

  it("prints counts without --json", () => {
    const { status, stdout } = validateData([]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/muscles\s+\d+/);
    expect(stdout).toMatch(/trigger points\s+\d+/);
  });

  it("fails with the file, path and problem when the data is broken", () => {
    const copy = mkdtempSync(join(tmpdir(), "validate-data-"));
    for (const dir of ["data", "scripts", "src", "package.json"])
      cpSync(join(root, dir), join(copy, dir), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    const neckPath = join(copy, "data", "muscles", "neck.json");
    const neck = JSON.parse(readFileSync(neckPath, "utf8"));
    neck.muscles[0].triggerPoints[0].along = 2;
    writeFileSync(neckPath, JSON.stringify(neck));
    const { status, stderr } = validateData([], copy);
    expect(status).toBe(1);
    expect(stderr).toContain("data/muscles/neck.json: muscles[0].triggerPoints[0].along: trigger point");
  });
});
