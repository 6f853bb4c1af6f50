import type { DbOrTx } from "@modelgate/db";

/**
 * Prepared statements for the hottest reads (token authentication, resolve): drizzle then skips
 * rebuilding the SQL text on every call and the server skips parsing and planning it. Prepared
 * queries belong to one database handle, so they are kept per handle (a transaction is a handle
 * of its own and simply prepares again).
 */
const byHandle = new WeakMap<object, Map<string, unknown>>();

export function prepared<T>(db: DbOrTx, name: string, build: (db: DbOrTx) => T): T {
  let statements = byHandle.get(db);
  if (!statements) {
    statements = new Map();
    byHandle.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (!statement) {
    statement = build(db);
    statements.set(name, statement);
  }
  return statement;
}
