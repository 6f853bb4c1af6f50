import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Idempotency-Key records for creating API calls: a retry with the same key and body gets the
 * stored answer; the same key with another body is refused. Kept at least 24 h.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    /** Who sent it (`user:<id>` or `token:<id>`): keys are per caller, never shared. */
    principal: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    state: text({ enum: ["in_flight", "done"] })
      .notNull()
      .default("in_flight"),
    responseStatus: integer(),
    responseBody: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.principal, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);
