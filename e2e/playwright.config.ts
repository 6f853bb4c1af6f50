import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

export const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Every demo persona shares this password in the e2e instance. */
export const DEMO_PASSWORD = "e2e-demo-password";
const databaseUrl = process.env.E2E_DATABASE_URL;
/** `s3://bucket/prefix` on the S3-protocol server at E2E_S3_ENDPOINT (s3rver: fixed credentials). */
const artifactStore = process.env.E2E_ARTIFACT_STORE;
const webDir = resolve(import.meta.dirname, "..", "apps", "web");

export default defineConfig({
  testDir: "tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  outputDir: "test-results/artifacts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "api", testMatch: /api\/.*\.spec\.ts/ },
    { name: "ui", testMatch: /ui\/.*\.spec\.ts/ },
  ],
  webServer: {
    // The built app in production mode, on its own fresh data directory (or database).
    command: `node ${join(webDir, "dist", "server.mjs")}`,
    cwd: webDir,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      // One line per request would bury the test output; warnings and errors still show.
      MODELGATE_LOG_LEVEL: "warn",
      MODELGATE_DATA_DIR: mkdtempSync(join(tmpdir(), "modelgate-e2e-")),
      MODELGATE_DEMO_SEED: "true",
      MODELGATE_DEMO_PASSWORD: DEMO_PASSWORD,
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      // The webhook tests' receivers listen on loopback, which is refused by default (SSRF).
      MODELGATE_WEBHOOK_ALLOW_PRIVATE: "true",
      // Every JSON answer is checked against its operation's contract: a drift fails the test.
      MODELGATE_VALIDATE_RESPONSES: "true",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...(artifactStore
        ? {
            MODELGATE_ARTIFACT_STORE: artifactStore,
            AWS_ENDPOINT_URL: process.env.E2E_S3_ENDPOINT ?? "",
            AWS_REGION: "us-east-1",
            AWS_ACCESS_KEY_ID: "S3RVER",
            AWS_SECRET_ACCESS_KEY: "S3RVER",
          }
        : {}),
    },
  },
});
