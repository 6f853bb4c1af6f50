import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "drizzle-orm";

/**
 * Counts the SQL statements one unit of work (an API request) sends, for the benchmark harness
 * and diagnostics: "statements per request must not grow with page size". Counting is scoped
 * with AsyncLocalStorage, so concurrent requests never mix; outside a scope it costs one lookup.
 */
interface Counter {
  statements: number;
  /** Present when the caller asked for the statements themselves (EXPLAIN checks). */
  queries?: { sql: string; params: unknown[] }[];
}
// One per process: Next.js bundles this module into several server bundles (the instrumentation
// hook that opens the database, each route), and they must all share the same scope.
const KEY = Symbol.for("modelgate.statement-count");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<Counter> };
holder[KEY] ??= new AsyncLocalStorage<Counter>();
const scope = holder[KEY];

export async function countStatements<T>(
  fn: () => Promise<T>,
  options: { capture?: boolean } = {},
): Promise<{ result: T; statements: number; queries: { sql: string; params: unknown[] }[] }> {
  const counter: Counter = { statements: 0, ...(options.capture ? { queries: [] } : {}) };
  const result = await scope.run(counter, fn);
  return { result, statements: counter.statements, queries: counter.queries ?? [] };
}

/** Adds statements drizzle does not log itself (BEGIN and COMMIT of a transaction). */
export function addStatements(n: number): void {
  const counter = scope.getStore();
  if (counter) counter.statements += n;
}

/** The drizzle logger that feeds the counter: every query drizzle sends is logged here first. */
export const statementCounter: Logger = {
  logQuery(sql, params) {
    const counter = scope.getStore();
    if (!counter) return;
    counter.statements++;
    counter.queries?.push({ sql, params });
  },
};
