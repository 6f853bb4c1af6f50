import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { teams } from "../teams/teams";
import { users } from "../users/users";

export const webhookDeliveryStatuses = ["pending", "succeeded", "failed"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/** Why a delivery exists: an event, a maintainer's redelivery, or a test event. */
export const webhookDeliveryTriggers = ["event", "redeliver", "test"] as const;
export type WebhookDeliveryTrigger = (typeof webhookDeliveryTriggers)[number];

/**
 * A team's endpoint. The secret signs every delivery (HMAC needs the secret itself, so it is
 * stored, never returned after creation or rotation); after a rotation the previous one keeps
 * signing too until `previousSecretExpiresAt`. The worker turns a webhook off after a long streak of
 * failures and says why in `disabledReason`.
 */
export const webhooks = pgTable(
  "webhooks",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    url: text().notNull(),
    description: text().notNull().default(""),
    /** The event types delivered to it. */
    events: text().array().notNull(),
    active: boolean().notNull().default(true),
    secret: text().notNull(),
    previousSecret: text(),
    previousSecretExpiresAt: timestamp({ withTimezone: true }),
    /** Failed attempts in a row (any success resets it), and when the streak began. */
    consecutiveFailures: integer().notNull().default(0),
    failingSince: timestamp({ withTimezone: true }),
    /** Set when the worker turned it off; cleared when a maintainer turns it back on. */
    disabledReason: text(),
    disabledAt: timestamp({ withTimezone: true }),
    revision: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhooks_team_idx").on(t.teamId)],
);

/**
 * The outbox: one row per event, written in the transaction of the change it reports (so an
 * event exists exactly when its change committed). `body` is the exact JSON sent on every attempt;
 * `id` is the event id of the payload and of the `webhook-id` header.
 */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: uuid().primaryKey(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id),
    modelId: uuid(),
    type: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_events_team_idx").on(t.teamId, t.createdAt)],
);

/**
 * One event to one webhook, written with the event. The worker claims due rows with
 * `FOR UPDATE SKIP LOCKED` and leases them (`claimId`, `nextAttemptAt` moved past the lease), so
 * several workers share the work and a crashed worker's claims come back when the lease ends.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid().primaryKey().defaultRandom(),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    eventId: uuid()
      .notNull()
      .references(() => webhookEvents.id, { onDelete: "cascade" }),
    trigger: text({ enum: webhookDeliveryTriggers }).notNull().default("event"),
    status: text({ enum: webhookDeliveryStatuses }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    claimId: uuid(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    lastStatusCode: integer(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("webhook_deliveries_webhook_idx").on(t.webhookId, t.createdAt),
    index("webhook_deliveries_event_idx").on(t.eventId),
  ],
);

/** The delivery log: every HTTP attempt, what came back and how long it took. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    eventId: uuid().notNull(),
    /** 1 for the first attempt of the delivery. */
    attempt: integer().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    ok: boolean().notNull(),
    statusCode: integer(),
    latencyMs: integer().notNull(),
    /** The start of the response body, truncated. */
    responseExcerpt: text(),
    error: text(),
  },
  (t) => [
    index("webhook_attempts_webhook_idx").on(t.webhookId, t.at),
    index("webhook_attempts_delivery_idx").on(t.deliveryId),
  ],
);
