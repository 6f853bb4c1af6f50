#!/usr/bin/env node
// `pnpm bench` (or `npm run bench`): install, build the app, start a throwaway PostgreSQL server
// (or use BENCH_DATABASE_URL), then run the harness in bench/ — see bench/README section in the
// README. `pnpm bench --quick` runs at a small scale with short durations (a smoke test).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ensurePnpm, isRoot, log, pnpm, root } from "./lib.mjs";

const args = process.argv.slice(2);
try {
  const pnpmCmd = ensurePnpm();
  log("Installing dependencies");
  pnpm(pnpmCmd, ["install", "--frozen-lockfile"]);
  log("Building the app (production)");
  pnpm(pnpmCmd, ["exec", "turbo", "run", "build", "--filter=@modelgate/web", "--output-logs=errors-only"], {
    env: { TURBO_TELEMETRY_DISABLED: "1" },
  });
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    if (!isRoot)
      throw new Error("Set BENCH_DATABASE_URL to a PostgreSQL server, or run as root to start one.");
    log("PostgreSQL server");
    const out = execFileSync("bash", [join(root, "scripts", "pg-up.sh")], { encoding: "utf8" });
    url = out.match(/^DATABASE_URL=(.+)$/m)?.[1];
    if (!url) throw new Error("pg-up.sh did not print a DATABASE_URL");
  }
  log(`Benchmark${args.includes("--quick") ? " (quick)" : ""}`);
  pnpm(pnpmCmd, ["--filter", "@modelgate/bench", "run", "bench", ...args], {
    env: { BENCH_DATABASE_URL: url },
  });
} catch (e) {
  console.error(`\n  ${e.message}`);
  process.exit(e.exitCode ?? 1);
}
