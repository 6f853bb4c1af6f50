import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const actorTypes = ["user", "token", "system", "anonymous"] as const;
export type ActorType = (typeof actorTypes)[number];

/**
 * Append-only. No foreign keys on purpose: an event must outlive the rows it talks about.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorType: text({ enum: actorTypes }).notNull(),
    actorUserId: uuid(),
    actorTokenId: uuid(),
    actorName: text().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    teamId: uuid(),
    before: jsonb(),
    after: jsonb(),
    reason: text(),
    requestId: text(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_team_seq_idx").on(t.teamId, t.seq),
    index("audit_events_actor_idx").on(t.actorUserId, t.seq),
    index("audit_events_action_idx").on(t.action, t.seq),
  ],
);
