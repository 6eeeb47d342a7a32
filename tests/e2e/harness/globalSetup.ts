import { existsSync } from "node:fs";
import { join } from "node:path";
import { preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium } from "../../../scripts/findChromium";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the production build served for this run, e.g. `http://127.0.0.1:41234/`. */
    baseURL: string;
    /** The Chromium binary the tests drive. */
    chromiumPath: string;
  }
}

/** Serves the production build (dist/) on a free loopback port for the e2e tests. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  const root = join(import.meta.dirname, "..", "..", "..");
  if (!existsSync(join(root, "dist", "index.html"))) {
    throw new Error("dist/ has no build: run `npm run build` first (npm test does it).");
  }
  const server = await preview({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("The preview server has no port.");
  project.provide("baseURL", `http://127.0.0.1:${address.port}/`);
  project.provide("chromiumPath", chromiumPath);
  return async () => {
    await server.close();
  };
}
