import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real-server database creation and migration are slow under parallel load; the scale seed
    // itself runs inside a test's beforeAll.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
