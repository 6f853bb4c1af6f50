import { writeGeneration } from "@modelgate/db";

/**
 * A read cache for the hottest lookups (token authentication, resolve) in embedded mode, where
 * this process is the database's only writer: an entry is used only while nothing has been
 * written since it was read (the database's write generation is unchanged), so it is never
 * stale. On PostgreSQL other instances write too, and every read goes to the server.
 */
const caches = new WeakMap<object, Map<string, { generation: number; value: unknown }>>();
const MAX_ENTRIES = 10_000;

export async function cachedRead<T>(db: object, key: string, read: () => Promise<T>): Promise<T> {
  // Taken before reading: a write landing meanwhile leaves the entry already out of date.
  const generation = writeGeneration(db);
  if (generation === undefined) return read();
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit && hit.generation === generation) return hit.value as T;
  const value = await read();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { generation, value });
  return value;
}
