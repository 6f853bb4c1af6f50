// Helpers for the two README commands. Plain Node (no dependencies): they run before install.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export const PNPM_VERSION = "12.4.2";
export const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
export const isRoot = process.getuid?.() === 0;

export function log(msg) {
  console.log(`\n▶ ${msg}`);
}

/** Runs a command inheriting stdio; throws on failure. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    cwd: root,
    ...opts,
    env: { ...process.env, ...opts.env },
  });
  if (r.status !== 0) {
    const e = new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
    e.exitCode = r.status ?? 1;
    throw e;
  }
}

function versionOf(cmd) {
  try {
    return execFileSync(cmd, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** pnpm exactly at the pinned version: the installed one, a global install (root), or npx. */
export function ensurePnpm() {
  if (versionOf("pnpm") === PNPM_VERSION) return ["pnpm"];
  if (isRoot) {
    log(`Installing pnpm ${PNPM_VERSION}`);
    run("npm", ["install", "-g", `pnpm@${PNPM_VERSION}`, "--no-fund", "--no-audit"]);
    return ["pnpm"];
  }
  return ["npx", "-y", `pnpm@${PNPM_VERSION}`];
}

export function pnpm(pnpmCmd, args, opts) {
  run(pnpmCmd[0], [...pnpmCmd.slice(1), ...args], opts);
}

/** The pid of a live process holding the embedded data directory, if any (mirrors packages/db lock.ts). */
export function lockHolder(dataDir) {
  try {
    const [pidText, host] = readFileSync(join(dataDir, "modelgate.lock"), "utf8").split("\n");
    const pid = Number(pidText);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    if (host && host !== hostname()) return pid;
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    return e?.code === "EPERM" ? Number.NaN : undefined;
  }
}

export function spawnInherit(cmd, args, opts) {
  return spawn(cmd, args, { stdio: "inherit", cwd: root, ...opts });
}
