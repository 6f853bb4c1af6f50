import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDataDirLock } from "./lock";
import { migrationsFolder } from "./migrations";
import * as schema from "./schema";
import type { Database, DbKind } from "./types";

export interface DbHandle {
  db: Database;
  kind: DbKind;
  /** Applies the committed migrations with drizzle's migrator; a no-op when up to date. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** Directory for embedded data (PGlite lives in `<dataDir>/pglite`). Ignored with `url`. */
  dataDir?: string;
  /** In-memory PGlite (tests). */
  memory?: boolean;
  /** Connection pool size for postgres.js. */
  maxConnections?: number;
}

export function defaultDataDir(): string {
  return resolve(/* turbopackIgnore: true */ process.env.MODELGATE_DATA_DIR ?? ".data");
}

/**
 * Opens the database: postgres.js when a URL is given, PGlite otherwise. The embedded directory
 * is locked for this process first — two processes on one PGlite directory corrupt it silently.
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(db as never, { migrationsFolder: migrationsFolder() }),
      close: () => client.end({ timeout: 5 }),
    };
  }

  let release: (() => void) | undefined;
  let client: PGlite;
  if (options.memory) {
    client = new PGlite();
  } else {
    const dataDir = options.dataDir ?? defaultDataDir();
    release = acquireDataDirLock(dataDir);
    const pgDir = join(dataDir, "pglite");
    mkdirSync(pgDir, { recursive: true });
    try {
      client = new PGlite(pgDir);
      await client.waitReady;
    } catch (e) {
      release();
      throw e;
    }
  }
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
    close: async () => {
      await client.close();
      release?.();
    },
  };
}
