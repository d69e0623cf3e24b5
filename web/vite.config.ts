import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

// The app serves index.html under a strict CSP (script-src/style-src 'self'), so the build must emit
// only external files: no inline module-preload polyfill (one entry chunk needs none) and CSS as a file.
export default defineConfig({
  root: here,
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    target: "es2022",
  },
});
