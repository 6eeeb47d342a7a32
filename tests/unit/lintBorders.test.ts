import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const biome = join(root, "node_modules", ".bin", "biome");

/** Lints a fixture placed at `virtualPath` in a scratch copy of the project's lint setup (its biome.json). */
function lintAs(fixture: string, virtualPath: string) {
  const scratch = mkdtempSync(join(tmpdir(), "lint-borders-"));
  copyFileSync(join(root, "biome.json"), join(scratch, "biome.json"));
  mkdirSync(join(scratch, dirname(virtualPath)), { recursive: true });
  copyFileSync(join(root, "tests", "fixtures", "lint", fixture), join(scratch, virtualPath));
  const result = spawnSync(biome, ["lint", "--vcs-enabled=false", "--error-on-warnings", virtualPath], {
    cwd: scratch,
    encoding: "utf8",
  });
  rmSync(scratch, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("import borders (biome noRestrictedImports)", () => {
  it.each([
    ["UiImportsThree.tsx", "src/ui/Bad.tsx", "src/ui is DOM only"],
    ["UiImportsDrei.tsx", "src/ui/Bad.tsx", "src/ui is DOM only"],
    ["domainImportsReact.ts", "src/domain/bad.ts", "src/domain is pure"],
    ["domainImportsState.ts", "src/domain/bad.ts", "src/domain may not import from state"],
  ])("%s fails as %s", (fixture, virtualPath, message) => {
    const { status, output } = lintAs(fixture, virtualPath);
    expect(status).not.toBe(0);
    expect(output).toContain("noRestrictedImports");
    expect(output).toContain(message);
  });

  it("lets src/scene import three", () => {
    const { status, output } = lintAs("sceneImportsThree.tsx", "src/scene/Fine.tsx");
    expect(output).not.toContain("noRestrictedImports");
    expect(status).toBe(0);
  });
});
