import { randomUUID } from "node:crypto";
import {
  and,
  count,
  desc,
  eq,
  lt,
  or,
  type SQL,
  sql,
  users,
  webhookAttempts,
  webhookDeliveries,
  webhookEvents,
  webhooks,
} from "@modelgate/db";
import { z } from "zod";
import { authorize, can } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { actorUserId, type ServiceContext, withTransaction } from "../context";
import { DomainError, ValidationError } from "../errors";
import { loadTeam } from "../teams/load-team";
import { parseInput } from "../validation";
import { WEBHOOK_TEST_EVENT, type WebhookEvent, webhookEventTypes } from "./events";
import { checkWebhookUrlSyntax, WebhookDestinationError } from "./network";
import { webhookActor } from "./outbox";
import { generateWebhookSecret } from "./signature";

type WebhookRow = typeof webhooks.$inferSelect;

const urlField = z.string().trim().min(1, "Enter the URL to call").max(2000, "At most 2000 characters");
const eventsField = z
  .array(z.enum(webhookEventTypes))
  .min(1, "Choose at least one event")
  .transform((e) => [...new Set(e)].sort());

export const createWebhookInput = z.object({
  team: z.string().min(1).max(40),
  url: urlField,
  description: z.string().trim().max(500).default(""),
  events: eventsField,
  active: z.boolean().default(true),
});

export const updateWebhookInput = z
  .object({
    url: urlField,
    description: z.string().trim().max(500),
    events: eventsField,
    /** Turning a webhook back on clears the reason it was turned off and its failure streak. */
    active: z.boolean(),
  })
  .partial()
  .strict();

export const rotateWebhookSecretInput = z.object({
  /** How long the previous secret keeps signing too (0: at once), so receivers can switch. */
  overlapHours: z.number().min(0).max(168).default(24),
});

export const listWebhookDeliveriesInput = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  /** The previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
});

export interface WebhookRef {
  team: string;
  id: string;
}

/** Loads a team by slug and checks a permission; unknown and unreadable teams look the same. */
async function teamFor(ctx: ServiceContext, slug: string, permission: "webhook.manage" | "read") {
  const team = await loadTeam(ctx, slug, "team.read");
  // Auditors read every team's configuration; only maintainers change it.
  if (permission !== "read" || !can(ctx, "team.audit", team.id))
    await authorize(ctx, "webhook.manage", { teamId: team.id, label: `Team ${slug}` });
  return team;
}

async function loadWebhook(
  ctx: ServiceContext,
  ref: WebhookRef,
  permission: "webhook.manage" | "read",
  forUpdate = false,
) {
  const team = await teamFor(ctx, ref.team, permission);
  const missing = () => new DomainError("not_found", "That webhook was not found.");
  if (!/^[0-9a-f-]{36}$/i.test(ref.id)) throw missing();
  const q = ctx.db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, ref.id), eq(webhooks.teamId, team.id)));
  const [row] = forUpdate ? await q.for("update") : await q;
  if (!row) throw missing();
  return { team, webhook: row };
}

function checkUrl(ctx: ServiceContext, url: string) {
  try {
    return checkWebhookUrlSyntax(url, {
      allowPrivateNetworks: ctx.webhookPolicy?.allowPrivateNetworks ?? false,
    }).toString();
  } catch (e) {
    if (e instanceof WebhookDestinationError)
      throw new ValidationError(`Invalid input — url: ${e.message}`, { url: [e.message] });
    throw e;
  }
}

/** What callers see of a webhook: never its secrets. */
export function webhookView(w: WebhookRow, teamSlug: string, now = new Date()) {
  const overlap =
    w.previousSecretExpiresAt && w.previousSecretExpiresAt > now ? w.previousSecretExpiresAt : null;
  return {
    id: w.id,
    team: teamSlug,
    url: w.url,
    description: w.description,
    events: w.events as (typeof webhookEventTypes)[number][],
    active: w.active,
    disabledReason: w.disabledReason,
    disabledAt: w.disabledAt,
    consecutiveFailures: w.consecutiveFailures,
    failingSince: w.failingSince,
    /** Until when the previous secret still signs deliveries too (after a rotation). */
    previousSecretExpiresAt: overlap,
    revision: w.revision,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}
export type WebhookView = ReturnType<typeof webhookView>;

const auditFields = (w: Pick<WebhookRow, "url" | "description" | "events" | "active">) => ({
  url: w.url,
  description: w.description,
  events: w.events,
  active: w.active,
});

/** Creates a team webhook (maintainers). The generated secret is in the result, once. */
export async function createWebhook(ctx: ServiceContext, rawInput: z.input<typeof createWebhookInput>) {
  const input = parseInput(createWebhookInput, rawInput);
  const team = await teamFor(ctx, input.team, "webhook.manage");
  const url = checkUrl(ctx, input.url);
  const secret = generateWebhookSecret();
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(webhooks)
      .values({
        teamId: team.id,
        url,
        description: input.description,
        events: input.events,
        active: input.active,
        secret,
        createdBy: actorUserId(ctx),
      })
      .returning();
    await emitAudit(tx, {
      action: "webhook.created",
      entityType: "webhook",
      entityId: row!.id,
      teamId: team.id,
      after: auditFields(row!),
    });
    return { webhook: webhookView(row!, team.slug), secret };
  });
}

/** Edits URL, description, event filter or the active flag; `expectedRevision` refuses lost updates. */
export async function updateWebhook(
  ctx: ServiceContext,
  ref: WebhookRef & { expectedRevision?: number },
  rawInput: z.input<typeof updateWebhookInput>,
) {
  const input = parseInput(updateWebhookInput, rawInput);
  const url = input.url === undefined ? undefined : checkUrl(ctx, input.url);
  return withTransaction(ctx, async (tx) => {
    const { team, webhook } = await loadWebhook(tx, ref, "webhook.manage", true);
    if (ref.expectedRevision !== undefined && ref.expectedRevision !== webhook.revision) {
      throw new DomainError(
        "precondition_failed",
        "The webhook changed since you read it; reload and try again.",
        {
          currentRevision: webhook.revision,
        },
      );
    }
    const next = { ...input, ...(url !== undefined ? { url } : {}) };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of ["url", "description", "events", "active"] as const) {
      if (next[k] !== undefined && JSON.stringify(next[k]) !== JSON.stringify(webhook[k])) {
        before[k] = webhook[k];
        after[k] = next[k];
      }
    }
    if (Object.keys(after).length === 0) return webhookView(webhook, team.slug);
    const reenabled = after.active === true;
    if (reenabled && webhook.disabledReason) before.disabledReason = webhook.disabledReason;
    const [row] = await tx.db
      .update(webhooks)
      .set({
        ...after,
        ...(reenabled
          ? { disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null }
          : {}),
        revision: webhook.revision + 1,
        updatedAt: new Date(),
      })
      .where(eq(webhooks.id, webhook.id))
      .returning();
    await emitAudit(tx, {
      action: "webhook.updated",
      entityType: "webhook",
      entityId: webhook.id,
      teamId: team.id,
      before,
      after,
    });
    return webhookView(row!, team.slug);
  });
}

/** Deletes a webhook with its delivery log (maintainers); the audit trail keeps what it was. */
export async function deleteWebhook(ctx: ServiceContext, ref: WebhookRef) {
  return withTransaction(ctx, async (tx) => {
    const { team, webhook } = await loadWebhook(tx, ref, "webhook.manage", true);
    await tx.db.delete(webhooks).where(eq(webhooks.id, webhook.id));
    await emitAudit(tx, {
      action: "webhook.deleted",
      entityType: "webhook",
      entityId: webhook.id,
      teamId: team.id,
      before: auditFields(webhook),
    });
    return { deleted: true };
  });
}

/**
 * Replaces the signing secret; the new one is in the result, once. The previous secret keeps
 * signing too (a second signature in the header) for `overlapHours`, so receivers can switch
 * without dropping a delivery.
 */
export async function rotateWebhookSecret(
  ctx: ServiceContext,
  ref: WebhookRef,
  rawInput: z.input<typeof rotateWebhookSecretInput> = {},
) {
  const input = parseInput(rotateWebhookSecretInput, rawInput);
  const secret = generateWebhookSecret();
  return withTransaction(ctx, async (tx) => {
    const { team, webhook } = await loadWebhook(tx, ref, "webhook.manage", true);
    const now = new Date();
    const overlapUntil =
      input.overlapHours > 0 ? new Date(now.getTime() + input.overlapHours * 3_600_000) : null;
    const [row] = await tx.db
      .update(webhooks)
      .set({
        secret,
        previousSecret: overlapUntil ? webhook.secret : null,
        previousSecretExpiresAt: overlapUntil,
        revision: webhook.revision + 1,
        updatedAt: now,
      })
      .where(eq(webhooks.id, webhook.id))
      .returning();
    await emitAudit(tx, {
      action: "webhook.secret_rotated",
      entityType: "webhook",
      entityId: webhook.id,
      teamId: team.id,
      after: { url: webhook.url, previousSecretValidUntil: overlapUntil?.toISOString() ?? null },
    });
    return { webhook: webhookView(row!, team.slug, now), secret, previousSecretExpiresAt: overlapUntil };
  });
}

/** A team's webhooks with how their last attempt went and how many deliveries wait. */
export async function listWebhooks(ctx: ServiceContext, teamSlug: string) {
  const team = await teamFor(ctx, teamSlug, "read");
  const rows = await ctx.db
    .select({
      webhook: webhooks,
      // Correlated on the outer row explicitly: drizzle leaves columns unqualified in a one-table query.
      lastAttemptAt: sql<
        Date | string | null
      >`(select max(a.at) from ${webhookAttempts} a where a.webhook_id = ${webhooks}.id)`,
      lastAttemptOk: sql<
        boolean | null
      >`(select a.ok from ${webhookAttempts} a where a.webhook_id = ${webhooks}.id order by a.at desc limit 1)`,
      lastStatusCode: sql<
        number | null
      >`(select a.status_code from ${webhookAttempts} a where a.webhook_id = ${webhooks}.id order by a.at desc limit 1)`,
      pending: sql<number>`(select count(*) from ${webhookDeliveries} d where d.webhook_id = ${webhooks}.id and d.status = 'pending')`,
    })
    .from(webhooks)
    .where(eq(webhooks.teamId, team.id))
    .orderBy(webhooks.createdAt);
  return {
    team: { id: team.id, slug: team.slug, name: team.name },
    items: rows.map((r) => ({
      ...webhookView(r.webhook, team.slug),
      lastAttemptAt: r.lastAttemptAt ? new Date(r.lastAttemptAt) : null,
      lastAttemptOk: r.lastAttemptOk,
      lastStatusCode: r.lastStatusCode === null ? null : Number(r.lastStatusCode),
      pendingDeliveries: Number(r.pending),
    })),
  };
}

/** One webhook (never its secret), with who created it. */
export async function getWebhook(ctx: ServiceContext, ref: WebhookRef) {
  const { team, webhook } = await loadWebhook(ctx, ref, "read");
  const [creator] = webhook.createdBy
    ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, webhook.createdBy))
    : [];
  return { ...webhookView(webhook, team.slug), createdByName: creator?.name ?? null };
}

interface AttemptCursor {
  at: string;
  id: string;
}
const encodeCursor = (c: AttemptCursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(s: string): AttemptCursor {
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString()) as AttemptCursor;
    if (typeof c.at === "string" && !Number.isNaN(Date.parse(c.at)) && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {}
  throw new DomainError("validation_failed", "The cursor is invalid; start from the first page.", {
    fields: { cursor: ["Invalid cursor"] },
  });
}

/**
 * The delivery log of a webhook: every attempt, newest first (status, latency, response excerpt,
 * error), and the deliveries still waiting for their next attempt.
 */
export async function listWebhookDeliveries(
  ctx: ServiceContext,
  ref: WebhookRef,
  rawInput: z.input<typeof listWebhookDeliveriesInput> = {},
) {
  const input = parseInput(listWebhookDeliveriesInput, rawInput);
  const { webhook } = await loadWebhook(ctx, ref, "read");
  const where: (SQL | undefined)[] = [eq(webhookAttempts.webhookId, webhook.id)];
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    const at = new Date(c.at);
    where.push(or(lt(webhookAttempts.at, at), and(eq(webhookAttempts.at, at), lt(webhookAttempts.id, c.id))));
  }
  const [rows, pending, [total]] = await Promise.all([
    ctx.db
      .select({
        attempt: webhookAttempts,
        eventType: webhookEvents.type,
        trigger: webhookDeliveries.trigger,
      })
      .from(webhookAttempts)
      .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookAttempts.eventId))
      .where(and(...where))
      .orderBy(desc(webhookAttempts.at), desc(webhookAttempts.id))
      .limit(input.limit + 1),
    input.cursor
      ? Promise.resolve([])
      : ctx.db
          .select({ delivery: webhookDeliveries, eventType: webhookEvents.type })
          .from(webhookDeliveries)
          .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
          .where(and(eq(webhookDeliveries.webhookId, webhook.id), eq(webhookDeliveries.status, "pending")))
          .orderBy(webhookDeliveries.nextAttemptAt)
          .limit(100),
    ctx.db.select({ n: count() }).from(webhookAttempts).where(eq(webhookAttempts.webhookId, webhook.id)),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    attempts: page.map((r) => ({
      id: r.attempt.id,
      deliveryId: r.attempt.deliveryId,
      eventId: r.attempt.eventId,
      eventType: r.eventType,
      trigger: r.trigger,
      attempt: r.attempt.attempt,
      at: r.attempt.at,
      ok: r.attempt.ok,
      statusCode: r.attempt.statusCode,
      latencyMs: r.attempt.latencyMs,
      responseExcerpt: r.attempt.responseExcerpt,
      error: r.attempt.error,
    })),
    pending: pending.map((p) => ({
      deliveryId: p.delivery.id,
      eventId: p.delivery.eventId,
      eventType: p.eventType,
      trigger: p.delivery.trigger,
      attempts: p.delivery.attempts,
      nextAttemptAt: p.delivery.nextAttemptAt,
      lastError: p.delivery.lastError,
    })),
    totalAttempts: Number(total?.n ?? 0),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ at: last.attempt.at.toISOString(), id: last.attempt.id })
        : null,
  };
}

/** One event as this webhook got it: the exact body sent. */
export async function getWebhookEvent(ctx: ServiceContext, ref: WebhookRef, eventId: string) {
  const { webhook } = await loadWebhook(ctx, ref, "read");
  const missing = () => new DomainError("not_found", "That event was not delivered to this webhook.");
  if (!/^[0-9a-f-]{36}$/i.test(eventId)) throw missing();
  const [row] = await ctx.db
    .select({ event: webhookEvents })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.webhookId, webhook.id), eq(webhookDeliveries.eventId, eventId)))
    .limit(1);
  if (!row) throw missing();
  return {
    id: row.event.id,
    type: row.event.type,
    createdAt: row.event.createdAt,
    payload: JSON.parse(row.event.body),
  };
}

/**
 * Sends an event to this webhook again — the same event id and body, freshly signed — whatever its
 * filter, even while it is turned off (a maintainer asked for it).
 */
export async function redeliverWebhookEvent(ctx: ServiceContext, ref: WebhookRef, eventId: string) {
  return withTransaction(ctx, async (tx) => {
    const { team, webhook } = await loadWebhook(tx, ref, "webhook.manage");
    const missing = () => new DomainError("not_found", "That event was not delivered to this webhook.");
    if (!/^[0-9a-f-]{36}$/i.test(eventId)) throw missing();
    const [known] = await tx.db
      .select({ type: webhookEvents.type })
      .from(webhookDeliveries)
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .where(and(eq(webhookDeliveries.webhookId, webhook.id), eq(webhookDeliveries.eventId, eventId)))
      .limit(1);
    if (!known) throw missing();
    const [delivery] = await tx.db
      .insert(webhookDeliveries)
      .values({ webhookId: webhook.id, eventId, trigger: "redeliver" })
      .returning({ id: webhookDeliveries.id });
    await emitAudit(tx, {
      action: "webhook.redelivery_requested",
      entityType: "webhook",
      entityId: webhook.id,
      teamId: team.id,
      after: { url: webhook.url, eventId, eventType: known.type },
    });
    return { deliveryId: delivery!.id, eventId };
  });
}

/** Queues a `webhook.test` event for this webhook alone (delivered even while it is turned off). */
export async function sendTestWebhookEvent(ctx: ServiceContext, ref: WebhookRef) {
  return withTransaction(ctx, async (tx) => {
    const { team, webhook } = await loadWebhook(tx, ref, "webhook.manage");
    const now = new Date();
    const event: WebhookEvent<typeof WEBHOOK_TEST_EVENT> = {
      id: randomUUID(),
      type: WEBHOOK_TEST_EVENT,
      timestamp: now.toISOString(),
      team: { id: team.id, slug: team.slug },
      actor: webhookActor(tx),
      data: { webhook: { id: webhook.id, url: webhook.url }, message: "A test event from Modelgate." },
    };
    await tx.db.insert(webhookEvents).values({
      id: event.id,
      teamId: team.id,
      type: event.type,
      body: JSON.stringify(event),
      createdAt: now,
    });
    const [delivery] = await tx.db
      .insert(webhookDeliveries)
      .values({
        webhookId: webhook.id,
        eventId: event.id,
        trigger: "test",
        nextAttemptAt: now,
        createdAt: now,
      })
      .returning({ id: webhookDeliveries.id });
    await emitAudit(tx, {
      action: "webhook.test_sent",
      entityType: "webhook",
      entityId: webhook.id,
      teamId: team.id,
      after: { url: webhook.url, eventId: event.id },
    });
    return { deliveryId: delivery!.id, eventId: event.id };
  });
}
