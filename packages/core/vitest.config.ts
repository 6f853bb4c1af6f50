import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // PGlite start-up and real-server database creation are slow under parallel load.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
