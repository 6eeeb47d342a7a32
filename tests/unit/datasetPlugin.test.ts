import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, createServer, type Rolldown } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { datasetPlugin } from "../../scripts/vite/datasetPlugin";
import { hydrateDataset, type PrevalidatedDataset } from "../../src/domain/datasetPayload";
import type { DatasetFiles } from "../../src/domain/datasetTypes";
import { tinyDatasetFiles } from "../fixtures/tinyDataset";

const root = mkdtempSync(join(tmpdir(), "tpe-dataset-plugin-"));
writeFileSync(join(root, "entry.js"), 'import dataset from "virtual:dataset";\nexport default dataset;\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function brokenFiles(): DatasetFiles {
  const files = structuredClone(tinyDatasetFiles());
  const json = files.muscles[1]?.json as { muscles: { triggerPoints: { along: number }[] }[] } | undefined;
  const point = json?.muscles[0]?.triggerPoints[0];
  if (point) point.along = 3;
  return files;
}

/** Bundles an entry that imports the dataset module; returns the code of every chunk. */
async function bundle(files: DatasetFiles): Promise<string> {
  const output = (await build({
    configFile: false,
    root,
    logLevel: "silent",
    plugins: [datasetPlugin({ readFiles: () => files })],
    build: { write: false, minify: false, lib: { entry: join(root, "entry.js"), formats: ["es"] } },
  })) as Rolldown.RolldownOutput[];
  return output
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === "chunk" ? chunk.code : ""))
    .join("\n");
}

describe("the dataset plugin", () => {
  it("builds the validated dataset into the app, one module per muscle file", async () => {
    const code = await bundle(tinyDatasetFiles());
    expect(code).toContain("ok: true");
    expect(code).toContain('\\"id\\":\\"alpha\\"');
    expect(code).toContain('\\"id\\":\\"beta\\"');
    expect(code).not.toMatch(/safeParse|zod/);
  });

  it("stops a production build on invalid data, naming the file, the JSON path and the problem", async () => {
    await expect(bundle(brokenFiles())).rejects.toThrow(
      /data\/muscles\/b\.json: muscles\[0\]\.triggerPoints\[0\]\.along: trigger point "tp1" is far from its muscle/,
    );
  });

  it("hands the dev server the problems, for the app's error screen", async () => {
    const server = await createServer({
      configFile: false,
      root,
      logLevel: "silent",
      plugins: [datasetPlugin({ readFiles: brokenFiles })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const module = (await server.ssrLoadModule("virtual:dataset")) as { default: PrevalidatedDataset };
      expect(module.default.ok).toBe(false);
      if (!module.default.ok) expect(module.default.problems.join("\n")).toContain("data/muscles/b.json: muscles[0]");
    } finally {
      await server.close();
    }
  });

  it("gives the same dataset the validator builds, once its lookups are added", async () => {
    const server = await createServer({
      configFile: false,
      root,
      logLevel: "silent",
      plugins: [datasetPlugin({ readFiles: tinyDatasetFiles })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const module = (await server.ssrLoadModule("virtual:dataset")) as { default: PrevalidatedDataset };
      if (!module.default.ok) throw new Error(module.default.problems.join("\n"));
      const dataset = hydrateDataset(module.default.payload);
      expect(dataset.muscleById.get("alpha")?.file).toBe("data/muscles/a.json");
      expect(dataset.regionById.get("upper")?.muscles).toEqual(["alpha"]);
      expect(dataset.muscles.map((m) => m.id)).toEqual(["alpha", "beta"]);
    } finally {
      await server.close();
    }
  });
});
