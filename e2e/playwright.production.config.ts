import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

/**
 * The production paths (scripts/production-paths.mjs): these specs run against an instance the
 * script started from a clean clone with the README's own commands — no webServer here.
 */
export default defineConfig({
  testDir: "production",
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "test-results/production",
  use: {
    baseURL: process.env.MG_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
});
