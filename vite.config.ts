import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Vendor and dataset chunks, so no chunk trips Vite's 500 kB warning and the app code caches apart. */
const vendorGroups = [
  { name: "three-core", test: /node_modules[\\/]three[\\/]build[\\/]three\.core/ },
  { name: "three", test: /node_modules[\\/]three[\\/]/ },
  {
    name: "r3f",
    test: /node_modules[\\/](@react-three|three-stdlib|@monogrid|maath|camera-controls|troika|meshline|suspend-react|its-fine)/,
  },
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
  { name: "vendor", test: /node_modules[\\/]/ },
  { name: "dataset-upper", test: /[\\/]data[\\/]muscles[\\/](head|neck|shoulder|upper|arm|hand)[^\\/]*\.json$/ },
  { name: "dataset", test: /[\\/]data[\\/].*\.json$/ },
];

export default defineConfig({
  plugins: [react()],
  base: "./",
  build: {
    target: "es2022",
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  preview: { host: "127.0.0.1" },
});
