import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { appIcons, appIconsPlugin } from "./scripts/vite/appIcons.ts";
import { datasetPlugin } from "./scripts/vite/datasetPlugin.ts";

/**
 * Vendor and dataset chunks, so no chunk trips Vite's 500 kB warning and the app code caches apart;
 * picking (three-mesh-bvh), search (fuse.js) and the handout's QR codes (qrcode) load after the first view,
 * and each language's translation of the dataset only when that language is chosen.
 */
const vendorGroups = [
  { name: "three-core", test: /node_modules[\\/]three[\\/]build[\\/]three\.core/ },
  { name: "three", test: /node_modules[\\/]three[\\/]/ },
  {
    name: "r3f",
    test: /node_modules[\\/](@react-three|three-stdlib|@monogrid|maath|camera-controls|troika|meshline|suspend-react|its-fine)/,
  },
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
  { name: "picking", test: /node_modules[\\/]three-mesh-bvh[\\/]/ },
  { name: "search", test: /node_modules[\\/]fuse\.js[\\/]/ },
  { name: "qrcode", test: /node_modules[\\/](qrcode|dijkstrajs)[\\/]/ },
  { name: "vendor", test: /node_modules[\\/]/ },
  { name: "dataset-upper", test: /virtual:dataset-muscles:data\/muscles\/(head|neck|shoulder|upper|arm|hand)/ },
  {
    name: (id: string) => `translation-${/virtual:dataset-translation:([a-z]+)/.exec(id)?.[1] ?? "other"}`,
    test: /virtual:dataset-translation:/,
  },
  { name: "dataset", test: /virtual:dataset/ },
];

/**
 * Installable and offline after one visit: a service worker precaches every built file (the model
 * too, whatever its size) and serves the app without a network. An update waits for the user's
 * "Reload" (registerType "prompt") instead of switching under them.
 */
const offlineApp = VitePWA({
  registerType: "prompt",
  injectRegister: false,
  manifest: {
    name: "Trigger Point Explorer",
    short_name: "Trigger Points",
    description: "Open, offline 3D explorer of myofascial trigger points and referred-pain patterns.",
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: "#1b1e24",
    theme_color: "#1b1e24",
    icons: appIcons.map(([src, size, maskable]) => ({
      src,
      sizes: `${size}x${size}`,
      type: "image/png",
      purpose: maskable ? "maskable" : "any",
    })),
  },
  includeManifestIcons: false,
  workbox: {
    globPatterns: ["**/*.{html,js,css,svg,png,glb,webmanifest}"],
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    navigateFallback: "index.html",
    cleanupOutdatedCaches: true,
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [react(), datasetPlugin(), appIconsPlugin(), offlineApp],
  base: "./",
  build: {
    target: "es2022",
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  preview: {
    host: "127.0.0.1",
    // The page's own CSP is a <meta> (no unsafe-eval, nothing remote); framing can only be allowed by a header:
    // any site may embed the explorer (`?embed=1`), see README "Put the explorer on your site".
    headers: { "Content-Security-Policy": "frame-ancestors *" },
  },
});
