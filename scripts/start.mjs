#!/usr/bin/env node
// `npm start`: install what is needed, build, then migrate, seed (first run) and serve Modelgate.
import { resolve } from "node:path";
import { ensurePnpm, lockHolder, log, pnpm, root, spawnInherit } from "./lib.mjs";

const port = process.env.PORT ?? "3000";
const dataDir = resolve(root, process.env.MODELGATE_DATA_DIR ?? ".data");

// Fail fast, before rebuilding under a running server's feet.
if (!process.env.DATABASE_URL) {
  const holder = lockHolder(dataDir);
  if (holder !== undefined) {
    console.error(
      `\n  Modelgate is already running on ${dataDir} (pid ${holder}).\n` +
        "  Two processes on one embedded database corrupt it, so this one stops here.\n" +
        "  Use the running instance, stop it first, or start this one with another MODELGATE_DATA_DIR.\n",
    );
    process.exit(1);
  }
}

try {
  const pnpmCmd = ensurePnpm();
  log("Installing dependencies");
  pnpm(pnpmCmd, ["install", "--frozen-lockfile"]);
  log("Building");
  pnpm(
    pnpmCmd,
    [
      "exec",
      "turbo",
      "run",
      "build",
      "--filter=@modelgate/web",
      "--filter=@modelgate/client",
      "--output-logs=errors-only",
    ],
    {
      env: { TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
} catch (e) {
  console.error(`\n  ${e.message}`);
  process.exit(e.exitCode ?? 1);
}

log(`Starting Modelgate on http://localhost:${port}`);
// apps/web/dist/server.mjs: Next.js behind our HTTP server (request logs, graceful stop).
const server = spawnInherit(process.execPath, ["dist/server.mjs"], {
  cwd: resolve(root, "apps/web"),
  env: {
    ...process.env,
    MODELGATE_DATA_DIR: dataDir,
    PORT: port,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  },
});
// Stopping is the server's job (it finishes what is in flight); pass the signal on and wait.
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
