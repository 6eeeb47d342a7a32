import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const query = (...args: string[]) => {
  const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), [join(root, "scripts", "query.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("npm run query", () => {
  it("prints only a ranked JSON array with --json", () => {
    const { status, stdout } = query("temple.left", "--top", "5", "--json");
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as { muscle: string; side: string; name: string; kind: string; score: number }[];
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows.map((r) => r.muscle)).toEqual(expect.arrayContaining(["temporalis", "upper-trapezius"]));
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(["kind", "muscle", "name", "score", "side"]);
      expect(row.side).toBe("left");
      expect(["essential", "spillover"]).toContain(row.kind);
    }
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
  });

  it("takes x,y,z and the right side", () => {
    const rows = JSON.parse(query("heel.right", "--json").stdout) as { muscle: string; side: string }[];
    expect(rows[0]).toMatchObject({ muscle: "soleus", side: "right" });
    expect(query("-0.16,0.7,0", "--json").status).toBe(0);
  });

  it("lists the muscles that refer into a region, ranked as the panel ranks them", () => {
    const { status, stdout } = query("--region", "it-band", "--json");
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as { muscle: string; kind: string }[];
    expect(rows.map((r) => r.muscle)).toContain("gluteus-minimus");
    expect(rows.findIndex((r) => r.kind === "spillover")).toBeGreaterThan(
      rows.findIndex((r) => r.kind === "essential"),
    );
  });

  it("names the valid ids and exits non-zero for an unknown place or region", () => {
    const place = query("elbow-ish.left");
    expect(place.status).not.toBe(0);
    expect(place.stderr).toContain("lateral-epicondyle.left|right");
    const region = query("--region", "tummy");
    expect(region.status).not.toBe(0);
    expect(region.stderr).toContain("it-band");
  });
});
