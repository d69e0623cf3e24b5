import { defineConfig } from "vitest/config";

// Kept apart from web/vite.config.ts: vitest would otherwise take the UI's root and find no tests.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
