import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const actorTypes = ["user", "token", "system", "anonymous"] as const;
export type ActorType = (typeof actorTypes)[number];

/**
 * Append-only and hash-chained. No foreign keys on purpose: an event must outlive the rows it
 * talks about. `seq` is assigned by the writer under the chain-head lock (not by the sequence), so
 * it is gapless and equals the chain position; UPDATE, DELETE and TRUNCATE are refused by a
 * trigger (migration 0006). `prev_hash`/`hash` are null only for events written before the chain
 * existed (a prefix), which verification reports as such.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    /** Milliseconds, exactly what the hash covers (nothing finer can be stored unseen). */
    at: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    actorType: text({ enum: actorTypes }).notNull(),
    actorUserId: uuid(),
    actorTokenId: uuid(),
    actorName: text().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    teamId: uuid(),
    /** The registered model the event concerns, when it concerns one (for filtering). */
    modelId: uuid(),
    before: jsonb(),
    after: jsonb(),
    reason: text(),
    requestId: text(),
    ip: text(),
    userAgent: text(),
    prevHash: text(),
    hash: text(),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_team_seq_idx").on(t.teamId, t.seq),
    index("audit_events_actor_idx").on(t.actorUserId, t.seq),
    index("audit_events_action_idx").on(t.action, t.seq),
    index("audit_events_model_seq_idx").on(t.modelId, t.seq),
    index("audit_events_request_idx").on(t.requestId),
    index("audit_events_at_idx").on(t.at),
  ],
);

/**
 * The head of the chain: one row, locked by every append, so concurrent writers line up and the
 * chain never forks. Holds the last sequence number and hash.
 */
export const auditChainHead = pgTable("audit_chain_head", {
  id: smallint().primaryKey().default(1),
  seq: bigint({ mode: "number" }).notNull(),
  hash: text().notNull(),
});

/** Signed statements "event #seq has hash H", made by the server's Ed25519 key. Append-only. */
export const auditCheckpoints = pgTable("audit_checkpoints", {
  seq: bigint({ mode: "number" }).primaryKey(),
  hash: text().notNull(),
  at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  keyId: text().notNull(),
  signature: text().notNull(),
});
