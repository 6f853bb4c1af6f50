#!/usr/bin/env node
// `npm test`: install what the tests need, start a throwaway PostgreSQL server, run every suite
// (lint, types, unit + integration on PGlite and on PostgreSQL, Playwright on both), print counts.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensurePnpm, isRoot, log, pnpm, root, run } from "./lib.mjs";

const started = Date.now();
const results = [];
const resultsDir = join(root, ".test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

function step(name, fn) {
  const t0 = Date.now();
  log(name);
  fn();
  console.log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) missing.push("chromium");
  if (!process.env.TEST_DATABASE_URL && !existsSync("/usr/lib/postgresql")) missing.push("postgresql");
  if (missing.length === 0) return;
  if (!isRoot)
    throw new Error(`Missing system packages (${missing.join(", ")}); install them as root, or run as root.`);
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", ...missing], { env: { DEBIAN_FRONTEND: "noninteractive" } });
}

function postgresUrl() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  if (!isRoot)
    throw new Error("Set TEST_DATABASE_URL to a PostgreSQL server, or run as root to start a throwaway one.");
  const out = execFileSync("bash", [join(root, "scripts", "pg-up.sh")], { encoding: "utf8" });
  process.stdout.write(out);
  const url = out.match(/^DATABASE_URL=(.+)$/m)?.[1];
  if (!url) throw new Error("pg-up.sh did not print a DATABASE_URL");
  return url;
}

/** A fresh, empty database on the server for one e2e run. */
function freshDatabase(serverUrl, name) {
  const admin = new URL(serverUrl);
  run("psql", [
    admin.toString(),
    "-qc",
    `drop database if exists ${name} with (force)`,
    "-c",
    `create database ${name}`,
  ]);
  admin.pathname = `/${name}`;
  return admin.toString();
}

function vitestSuite(pnpmCmd, pkg, label, env) {
  const out = join(resultsDir, `vitest-${pkg}-${label}.json`);
  let failed = false;
  try {
    pnpm(
      pnpmCmd,
      [
        "--filter",
        `@modelgate/${pkg}`,
        "exec",
        "vitest",
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${out}`,
      ],
      { env },
    );
  } catch {
    failed = true;
  }
  const r = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : {};
  results.push({
    suite: `${pkg} (vitest)`,
    db: label,
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? (failed ? 1 : 0),
  });
  return !failed;
}

/** A real S3-protocol server (s3rver, from the npm registry) on loopback, for the e2e run on S3. */
function startS3(port, bucket) {
  const proc = spawn(
    join(root, "node_modules/.bin/s3rver"),
    [
      "-d",
      mkdtempSync(join(tmpdir(), "mg-s3-")),
      "-a",
      "127.0.0.1",
      "-p",
      String(port),
      "--silent",
      "--configure-bucket",
      bucket,
    ],
    { stdio: "inherit" },
  );
  process.on("exit", () => proc.kill());
  return `http://127.0.0.1:${port}`;
}

function playwrightSuite(pnpmCmd, label, env, args = []) {
  const out = join(resultsDir, `playwright-${label}.json`);
  let failed = false;
  try {
    pnpm(pnpmCmd, ["--filter", "@modelgate/e2e", "exec", "playwright", "test", ...args], {
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
    });
  } catch {
    failed = true;
  }
  const s = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")).stats : {};
  results.push({
    suite: "e2e (playwright)",
    db: label,
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? (failed ? 1 : 0),
  });
  return !failed;
}

let ok = true;
try {
  const pnpmCmd = ensurePnpm();
  step("System packages (chromium, postgresql)", ensureSystemPackages);
  step("Dependencies", () => pnpm(pnpmCmd, ["install", "--frozen-lockfile"]));
  let pgUrl;
  step("PostgreSQL server", () => {
    pgUrl = postgresUrl();
  });
  const turboEnv = { TURBO_TELEMETRY_DISABLED: "1" };
  step("Lint", () => pnpm(pnpmCmd, ["exec", "biome", "ci", "."]));
  step("Generated files are current", () => {
    pnpm(pnpmCmd, ["--filter", "@modelgate/db", "exec", "drizzle-kit", "check"]);
    pnpm(pnpmCmd, ["--filter", "@modelgate/client", "run", "check:gen"]);
  });
  step("Type check and build", () =>
    pnpm(pnpmCmd, ["exec", "turbo", "run", "typecheck", "build", "--output-logs=errors-only"], {
      env: turboEnv,
    }),
  );
  step("web: every route has a contract; the OpenAPI document (vitest)", () => {
    ok = vitestSuite(pnpmCmd, "web", "none", {}) && ok;
  });
  for (const pkg of ["db", "core", "bench"]) {
    step(`${pkg}: unit + integration on PGlite`, () => {
      ok = vitestSuite(pnpmCmd, pkg, "pglite", { TEST_DATABASE_URL: "" }) && ok;
    });
    step(`${pkg}: unit + integration on PostgreSQL`, () => {
      ok = vitestSuite(pnpmCmd, pkg, "postgres", { TEST_DATABASE_URL: pgUrl }) && ok;
    });
  }
  step("e2e (Playwright, Chromium) on the embedded database", () => {
    ok = playwrightSuite(pnpmCmd, "pglite", { E2E_DATABASE_URL: "" }) && ok;
  });
  step("e2e (Playwright, Chromium) on PostgreSQL", () => {
    ok = playwrightSuite(pnpmCmd, "postgres", { E2E_DATABASE_URL: freshDatabase(pgUrl, "mg_e2e") }) && ok;
  });
  step("e2e API journeys on PostgreSQL + S3 (s3rver)", () => {
    const env = {
      E2E_DATABASE_URL: freshDatabase(pgUrl, "mg_e2e_s3"),
      E2E_ARTIFACT_STORE: "s3://modelgate-e2e/e2e",
      E2E_S3_ENDPOINT: startS3(54330, "modelgate-e2e"),
    };
    ok = playwrightSuite(pnpmCmd, "postgres+s3", env, ["--project=api"]) && ok;
  });
  // The README's production commands from a clean clone (embedded, PostgreSQL, S3, backup and
  // restore, moving to S3, upgrade from the previous release's data).
  step("Production paths from a clean clone (scripts/production-paths.mjs)", () => {
    const out = join(resultsDir, "production-paths.json");
    const r = spawnSync(process.execPath, [join(root, "scripts/production-paths.mjs"), pgUrl], {
      stdio: "inherit",
      env: { ...process.env, MG_RESULTS_FILE: out },
    });
    const counts = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : { passed: 0, failed: 1 };
    results.push({ suite: "production paths", db: "all", ...counts });
    ok = r.status === 0 && ok;
  });
  // The benchmark harness end to end at a small scale (figures are not checked here; that is
  // `pnpm bench`), so it cannot rot unnoticed.
  step("Benchmark harness smoke run (pnpm bench --quick)", () => {
    let passed = true;
    try {
      pnpm(pnpmCmd, ["--filter", "@modelgate/bench", "run", "bench", "--quick"], {
        env: { BENCH_DATABASE_URL: pgUrl },
      });
    } catch {
      passed = false;
    }
    results.push({ suite: "bench --quick", db: "postgres", passed: passed ? 1 : 0, failed: passed ? 0 : 1 });
    ok = passed && ok;
  });
} catch (e) {
  console.error(`\n✖ ${e.message}`);
  ok = false;
}

console.log("\nTest summary");
for (const r of results)
  console.log(`  ${r.suite.padEnd(20)} ${r.db.padEnd(9)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0) + (ok || results.some((r) => r.failed) ? 0 : 1);
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
