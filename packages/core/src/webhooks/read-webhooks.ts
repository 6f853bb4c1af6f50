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
import type { ServiceContext } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";
import { loadWebhook, teamFor, type WebhookRef, webhookView } from "./load-webhook";

export const listWebhookDeliveriesInput = z.object({
  limit: z.number().int().min(1).max(200).default(50),
  /** The previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
});

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
