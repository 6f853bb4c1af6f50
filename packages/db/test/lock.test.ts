import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, readLockHolder } from "../src/lock";

const lockModule = join(import.meta.dirname, "..", "src", "lock.ts");

/** Tries to take the lock from a separate Node process, as a second `npm start` would. */
function lockFromAnotherProcess(dir: string) {
  const script = `
    import { acquireDataDirLock } from ${JSON.stringify(lockModule)};
    try { acquireDataDirLock(${JSON.stringify(dir)}); console.log("acquired"); }
    catch (e) { console.log(e.code + ": " + e.message); process.exitCode = 3; }`;
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
}

describe("data directory lock", () => {
  it("refuses a second process while the first holds it, with a clear message", () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-lock-"));
    const release = acquireDataDirLock(dir);
    expect(readLockHolder(dir)).toBe(process.pid);
    const other = lockFromAnotherProcess(dir);
    expect(other.status).toBe(3);
    expect(other.stdout).toContain("data_dir_locked");
    expect(other.stdout).toContain(`pid ${process.pid}`);
    release();
    expect(readLockHolder(dir)).toBeUndefined();
    expect(lockFromAnotherProcess(dir).stdout).toContain("acquired");
  });

  it("takes over a stale lock left by a process that died", () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-lock-"));
    // A pid that cannot be alive (above the kernel's pid_max).
    writeFileSync(join(dir, "modelgate.lock"), `99999999\n${hostname()}\n`);
    const release = acquireDataDirLock(dir);
    expect(readLockHolder(dir)).toBe(process.pid);
    release();
  });

  it("refuses within the same process too", () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-lock-"));
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow();
    release();
  });

  it("DataDirLockedError names the holder and the way out", () => {
    const e = new DataDirLockedError("/x", 42);
    expect(e.message).toMatch(/pid 42/);
    expect(e.message).toMatch(/MODELGATE_DATA_DIR/);
  });
});
