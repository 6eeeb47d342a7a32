import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { datasetPlugin } from "./scripts/vite/datasetPlugin";

/**
 * Vendor and dataset chunks, so no chunk trips Vite's 500 kB warning and the app code caches apart;
 * picking (three-mesh-bvh) and search (fuse.js) load after the first view.
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
  { name: "vendor", test: /node_modules[\\/]/ },
  { name: "dataset-upper", test: /virtual:dataset-muscles:data\/muscles\/(head|neck|shoulder|upper|arm|hand)/ },
  { name: "dataset", test: /virtual:dataset/ },
];

export default defineConfig({
  plugins: [react(), datasetPlugin()],
  base: "./",
  build: {
    target: "es2022",
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  preview: { host: "127.0.0.1" },
});
