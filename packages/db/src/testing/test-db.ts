import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "../create-db";

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL, or an in-memory PGlite when it is unset. Nothing is shared between files.
 */
export async function createTestDb(): Promise<DbHandle & { drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await createDb({ memory: true });
    await handle.migrate();
    return { ...handle, drop: () => handle.close() };
  }
  const name = `mg_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), maxConnections: 20 });
  await handle.migrate();
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      // An autovacuum worker (a superuser process) on the database cannot be terminated by the
      // test role: wait for it a little, then leave the database to the throwaway cluster.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.unsafe(`drop database if exists ${name} with (force)`);
          break;
        } catch (e) {
          if (attempt >= 20) {
            console.warn(`could not drop ${name}: ${(e as Error).message}`);
            break;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      await admin.end();
    },
  };
}
