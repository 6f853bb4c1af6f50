import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { sql } from "drizzle-orm";
import { rowsOf } from "./rows";
import type { Database } from "./types";

/**
 * The committed drizzle-kit migrations. Found from the environment or by walking up from the
 * working directory, because bundlers (Next) move this module away from its folder.
 */
export function migrationsFolder(): string {
  const fromEnv = process.env.MODELGATE_MIGRATIONS_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = process.cwd();
  for (;;) {
    for (const candidate of [join(dir, "drizzle"), join(dir, "packages", "db", "drizzle")]) {
      if (existsSync(join(candidate, "meta", "_journal.json")) && candidate.includes(join("db", "drizzle"))) {
        return candidate;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error("Cannot find the migrations folder (packages/db/drizzle); set MODELGATE_MIGRATIONS_DIR");
}

export function journalEntries(folder = migrationsFolder()): { tag: string; when: number }[] {
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries;
}

export type MigrationStatus = "up-to-date" | "pending";

/** Compares the migrator's bookkeeping table with the committed journal. */
export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const expected = journalEntries();
  const last = expected.at(-1);
  if (!last) return "up-to-date";
  try {
    const result = await db.execute(
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    const list = rowsOf<{ created_at: string | number }>(result);
    const applied = list[0] ? Number(list[0].created_at) : 0;
    return applied >= last.when ? "up-to-date" : "pending";
  } catch {
    return "pending";
  }
}
