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
import { statementCounter } from "./statement-count";
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

/**
 * drizzle sends every unnamed query with `prepare: false`, and postgres.js then spends two round
 * trips on each parameterized statement (Parse/Describe, then Bind/Execute) and the server parses
 * and plans it every time. Named statements are described once per connection and then executed
 * in one round trip. This wraps the client (and the clients of its transactions and savepoints)
 * so every statement is prepared; postgres.js caches them per connection by their text.
 */
function preparing<T extends postgres.Sql | postgres.TransactionSql>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe")
        return (query: string, args?: unknown[], opts?: Record<string, unknown>) =>
          target.unsafe(query, args as never, { ...opts, prepare: true });
      if (prop === "begin" || prop === "savepoint")
        return (...args: unknown[]) => {
          const fn = args.pop() as (sql: postgres.TransactionSql) => unknown;
          const call = Reflect.get(target, prop, receiver) as (...a: unknown[]) => unknown;
          return call.call(target, ...args, (tx: postgres.TransactionSql) => fn(preparing(tx)));
        };
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * The embedded database has exactly one writer — this process holds the data directory's lock —
 * so it can tell readers when anything may have changed: a counter bumped after every statement
 * that is not a plain SELECT and after every transaction. Read caches (core's `cachedRead`) key
 * their entries by it. A PostgreSQL server has other writers (more instances), so it has none.
 */
// One per process: Next.js bundles this module into several server bundles (the instrumentation
// hook opens the database; the routes read through it).
const GENERATIONS = Symbol.for("modelgate.write-generations");
const generationsHolder = globalThis as { [GENERATIONS]?: WeakMap<object, { value: number }> };
generationsHolder[GENERATIONS] ??= new WeakMap();
const writeGenerations = generationsHolder[GENERATIONS];

export function writeGeneration(db: unknown): number | undefined {
  return writeGenerations.get(db as object)?.value;
}

function countingWrites(client: PGlite, generation: { value: number }): PGlite {
  const bumpAfter = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      generation.value++;
    }
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "query")
        return (query: string, ...rest: unknown[]) => {
          const run = (target.query as (...a: unknown[]) => Promise<unknown>).call(target, query, ...rest);
          return /^\s*select\b/i.test(query) ? run : bumpAfter(run);
        };
      if (prop === "exec" || prop === "transaction")
        return (...args: unknown[]) =>
          bumpAfter(
            (Reflect.get(target, prop, receiver) as (...a: unknown[]) => Promise<unknown>).call(
              target,
              ...args,
            ),
          );
      return Reflect.get(target, prop, receiver);
    },
  });
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
    const db = drizzlePostgres({
      client: preparing(client),
      schema,
      casing: "snake_case",
      logger: statementCounter,
    }) as unknown as Database;
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
  const generation = { value: 0 };
  const db = drizzlePglite({
    client: countingWrites(client, generation),
    schema,
    casing: "snake_case",
    logger: statementCounter,
  }) as unknown as Database;
  writeGenerations.set(db, generation);
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
