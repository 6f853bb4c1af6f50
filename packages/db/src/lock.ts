import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export class DataDirLockedError extends Error {
  readonly code = "data_dir_locked";
  constructor(
    readonly dir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dir} is already in use by a Modelgate process (pid ${holderPid}). ` +
        "Two processes on one PGlite directory corrupt it, so this one refuses to start. " +
        "Stop the other process, or give this one its own MODELGATE_DATA_DIR, or use DATABASE_URL.",
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockFilePath(dir: string): string {
  return join(dir, "modelgate.lock");
}

/** Who holds the lock on `dir`, if a live process does (a stale lock of a dead process does not count). */
export function readLockHolder(dir: string): number | undefined {
  try {
    const [pidText, host] = readFileSync(lockFilePath(dir), "utf8").split("\n");
    const pid = Number(pidText);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    if (host && host !== hostname()) return pid; // another machine on a shared disk: trust the file
    return isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes an exclusive lock on a data directory for the life of this process: O_EXCL create of a
 * pid file, taking over only a lock whose process is gone. Returns a release function.
 */
export function acquireDataDirLock(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = lockFilePath(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, `${process.pid}\n${hostname()}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, "utf8").startsWith(`${process.pid}\n`)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readLockHolder(dir);
      if (holder !== undefined) throw new DataDirLockedError(dir, holder);
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        // someone else removed it first; retry
      }
    }
  }
  throw new Error(`Could not take the lock on ${dir}`);
}
