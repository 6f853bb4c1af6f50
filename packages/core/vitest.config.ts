import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // PGlite start-up and real-server database creation are slow under parallel load.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // The webhook worker logs each pass; the tests assert on outcomes, not on log lines.
    env: { MODELGATE_LOG_LEVEL: "warn" },
  },
});
