import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { preview } from "vite";
import { findChromium } from "./findChromium";
import { repoRoot } from "./readDatasetFiles";

/** Chromium flags: WebGL through SwiftShader, and no background traffic into a closed network. */
export const chromiumArgs = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium (found by `findChromium`) with the project's flags plus `extraArgs`. */
export function launchChromium(extraArgs: string[] = [], executablePath = findChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...chromiumArgs, ...extraArgs] });
}

/** Serves dist/ (or another build folder) on a free loopback port; returns its origin and a function that stops it. */
export async function startPreview(
  outDir = join(repoRoot, "dist"),
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = await preview({
    root: repoRoot,
    configFile: join(repoRoot, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("The preview server has no port.");
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/** Runs `work` with the production build served and Chromium open, then closes both. */
export async function withAppInBrowser<T>(work: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    return await work(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}
