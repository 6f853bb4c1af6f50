#!/usr/bin/env node
// Compiles src/ to dist/ (ES modules + .d.ts) for publishing; the CLI entry becomes executable.
import { spawnSync } from "node:child_process";
import { chmodSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const pkgDir = resolve(import.meta.dirname, "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync(join(pkgDir, "dist"), { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, "-p", join(pkgDir, "tsconfig.build.json")], {
  cwd: pkgDir,
  stdio: "inherit",
});
if (r.status !== 0) process.exit(r.status ?? 1);
chmodSync(join(pkgDir, "dist", "cli.js"), 0o755);
