import { auditEvents, type Database, desc } from "@modelgate/db";
import { createTestDb } from "@modelgate/db/testing";
import { afterAll, beforeAll } from "vitest";
import { anonymousContext, type RequestMeta } from "../src";

/** One fresh migrated database per test file (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
export function useTestDb() {
  const state = {} as { db: Database; drop: () => Promise<void> };
  beforeAll(async () => {
    const handle = await createTestDb();
    state.db = handle.db;
    state.drop = handle.drop;
  });
  afterAll(async () => state.drop?.());
  return state;
}

export function anon(db: Database, meta: RequestMeta = {}) {
  return anonymousContext(db, { ip: "203.0.113.7", userAgent: "vitest", ...meta });
}

export async function lastAuditEvents(db: Database, n = 5) {
  return db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(n);
}
