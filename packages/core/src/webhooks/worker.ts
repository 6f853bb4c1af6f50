import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  type Database,
  eq,
  inArray,
  lt,
  lte,
  or,
  sql,
  webhookAttempts,
  webhookDeliveries,
  webhookEvents,
  webhooks,
} from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { systemContext, withTransaction } from "../context";
import { getLogger } from "../log";
import { type AttemptResult, postWebhook } from "./network";
import { signWebhookPayload } from "./signature";

/**
 * The delivery worker. Each pass claims due deliveries with `FOR UPDATE SKIP LOCKED` (so any
 * number of workers, in app processes or on their own, share the outbox without delivering one
 * attempt twice), leases them by moving `nextAttemptAt` past the lease and stamping a claim id,
 * commits, and only then makes the HTTP calls — no transaction or row lock is held across the
 * network. Each result is recorded in its own transaction. A worker that dies mid-delivery leaves
 * its claims to come due again when the lease ends: delivery is at least once, with the same event
 * id every time, and nothing is lost.
 */

/** Attempts per delivery before it is given up: the retries span more than 24 h (see below). */
export const WEBHOOK_MAX_ATTEMPTS = 12;
const DAY_MS = 86_400_000;

/**
 * The wait after the n-th failed attempt: exponential from 10 s (×3 each time) capped at 8 h, with
 * ±15 % jitter so receivers coming back up are not hit by every sender at once. The 11 waits add up
 * to 33 h (at least 28 h with the jitter).
 */
export function webhookRetryDelayMs(failedAttempts: number, random = Math.random()): number {
  const base = Math.min(10_000 * 3 ** Math.max(0, failedAttempts - 1), 8 * 3_600_000);
  return Math.round(base * (0.85 + 0.3 * random));
}

export interface WebhookWorkerOptions {
  /** MODELGATE_WEBHOOK_ALLOW_PRIVATE: let webhooks call private, loopback and link-local addresses. */
  allowPrivateNetworks: boolean;
  /** Per attempt, DNS to response (default 10 s). */
  timeoutMs?: number;
  /**
   * How long a claim is held before another worker may take it over. Default: long enough for the
   * whole batch to time out lane by lane, plus 30 s (60 s with the defaults).
   */
  leaseMs?: number;
  /** Deliveries claimed per pass (default 25). */
  batchSize?: number;
  /** Requests in flight at once per worker (default 8). */
  concurrency?: number;
  maxAttempts?: number;
  /** The wait after the n-th failed attempt (default webhookRetryDelayMs). */
  retryDelayMs?: (failedAttempts: number) => number;
  /** Turn a webhook off after this many failed attempts in a row (default 10)… */
  disableAfterFailures?: number;
  /** …once the failures have gone on at least this long (default 24 h). */
  disableAfterMs?: number;
}

interface Claimed {
  deliveryId: string;
  claimId: string;
  attempts: number;
  webhookId: string;
  url: string;
  secrets: string[];
  eventId: string;
  body: string;
}

/**
 * Claims up to `batchSize` due deliveries for this worker (committed before any request is made).
 * A delivery is due when pending and its time has come; webhooks that are off get only what a
 * maintainer asked for by hand (test events, redeliveries).
 */
export async function claimDueWebhookDeliveries(
  db: Database,
  opts: Pick<WebhookWorkerOptions, "batchSize" | "leaseMs" | "concurrency" | "timeoutMs"> = {},
): Promise<Claimed[]> {
  const claimId = randomUUID();
  const now = new Date();
  const batchSize = opts.batchSize ?? 25;
  const lease =
    opts.leaseMs ??
    Math.ceil(batchSize / Math.max(1, opts.concurrency ?? 8)) * (opts.timeoutMs ?? 10_000) + 30_000;
  const leaseUntil = new Date(now.getTime() + lease);
  const ids = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(
        and(
          eq(webhookDeliveries.status, "pending"),
          lte(webhookDeliveries.nextAttemptAt, now),
          or(eq(webhooks.active, true), inArray(webhookDeliveries.trigger, ["test", "redeliver"])),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(batchSize)
      .for("update", { of: webhookDeliveries, skipLocked: true });
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await tx
      .update(webhookDeliveries)
      .set({ claimId, nextAttemptAt: leaseUntil })
      .where(inArray(webhookDeliveries.id, ids));
    return ids;
  });
  if (ids.length === 0) return [];
  const rows = await db
    .select({ delivery: webhookDeliveries, webhook: webhooks, body: webhookEvents.body })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(inArray(webhookDeliveries.id, ids), eq(webhookDeliveries.claimId, claimId)))
    .orderBy(asc(webhookDeliveries.createdAt));
  return rows.map(({ delivery, webhook, body }) => ({
    deliveryId: delivery.id,
    claimId,
    attempts: delivery.attempts,
    webhookId: webhook.id,
    url: webhook.url,
    secrets: [
      webhook.secret,
      ...(webhook.previousSecret && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now
        ? [webhook.previousSecret]
        : []),
    ],
    eventId: delivery.eventId,
    body,
  }));
}

/** Records one attempt's outcome: the log row, the delivery's next step, the webhook's streak. */
async function recordAttempt(
  db: Database,
  c: Claimed,
  at: Date,
  result: AttemptResult,
  opts: WebhookWorkerOptions,
) {
  const attempt = c.attempts + 1;
  const maxAttempts = opts.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS;
  const now = new Date();
  await withTransaction(systemContext(db, "Modelgate webhooks"), async (tx) => {
    await tx.db.insert(webhookAttempts).values({
      deliveryId: c.deliveryId,
      webhookId: c.webhookId,
      eventId: c.eventId,
      attempt,
      at,
      ok: result.ok,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      responseExcerpt: result.responseExcerpt,
      error: result.error,
    });
    const last = { lastAttemptAt: at, lastStatusCode: result.statusCode, lastError: result.error };
    const gaveUp = !result.ok && attempt >= maxAttempts;
    // Only the current claimant moves the delivery on (a claim taken over after its lease is not).
    await tx.db
      .update(webhookDeliveries)
      .set(
        result.ok || gaveUp
          ? {
              ...last,
              attempts: attempt,
              status: result.ok ? "succeeded" : "failed",
              completedAt: now,
              claimId: null,
            }
          : {
              ...last,
              attempts: attempt,
              claimId: null,
              nextAttemptAt: new Date(now.getTime() + (opts.retryDelayMs ?? webhookRetryDelayMs)(attempt)),
            },
      )
      .where(and(eq(webhookDeliveries.id, c.deliveryId), eq(webhookDeliveries.claimId, c.claimId)));
    if (result.ok) {
      await tx.db
        .update(webhooks)
        .set({ consecutiveFailures: 0, failingSince: null })
        .where(and(eq(webhooks.id, c.webhookId), sql`${webhooks.consecutiveFailures} > 0`));
      return;
    }
    const [streak] = await tx.db
      .update(webhooks)
      .set({
        consecutiveFailures: sql`${webhooks.consecutiveFailures} + 1`,
        failingSince: sql`coalesce(${webhooks.failingSince}, ${at.toISOString()}::timestamptz)`,
      })
      .where(eq(webhooks.id, c.webhookId))
      .returning();
    if (!streak?.active) return;
    const threshold = opts.disableAfterFailures ?? 10;
    const window = opts.disableAfterMs ?? DAY_MS;
    if (streak.consecutiveFailures < threshold || now.getTime() - streak.failingSince!.getTime() < window)
      return;
    const reason = `Turned off automatically after ${streak.consecutiveFailures} failed attempts in a row since ${streak.failingSince!.toISOString()}; the last one: ${result.error ?? "failed"}.`;
    const [off] = await tx.db
      .update(webhooks)
      .set({
        active: false,
        disabledReason: reason,
        disabledAt: now,
        revision: streak.revision + 1,
        updatedAt: now,
      })
      .where(and(eq(webhooks.id, c.webhookId), eq(webhooks.active, true)))
      .returning({ id: webhooks.id, teamId: webhooks.teamId, url: webhooks.url });
    if (off) {
      await emitAudit(tx, {
        action: "webhook.disabled",
        entityType: "webhook",
        entityId: off.id,
        teamId: off.teamId,
        reason,
        before: { active: true },
        after: { active: false, url: off.url, consecutiveFailures: streak.consecutiveFailures },
      });
    }
  });
}

async function deliverOne(db: Database, c: Claimed, opts: WebhookWorkerOptions) {
  const at = new Date();
  const headers = signWebhookPayload(c.secrets, c.eventId, c.body, Math.floor(at.getTime() / 1000));
  const result = await postWebhook(c.url, headers, c.body, {
    allowPrivateNetworks: opts.allowPrivateNetworks,
    timeoutMs: opts.timeoutMs,
  });
  await recordAttempt(db, c, at, result, opts);
  return result.ok;
}

/** One pass: claims due deliveries and makes their attempts. Returns what it did. */
export async function deliverDueWebhooks(db: Database, opts: WebhookWorkerOptions) {
  const claimed = await claimDueWebhookDeliveries(db, opts);
  let succeeded = 0;
  let next = 0;
  const lanes = Array.from({ length: Math.min(opts.concurrency ?? 8, claimed.length) }, async () => {
    while (next < claimed.length) {
      const c = claimed[next++]!;
      if (await deliverOne(db, c, opts)) succeeded++;
    }
  });
  await Promise.all(lanes);
  return { claimed: claimed.length, succeeded, failed: claimed.length - succeeded };
}

/**
 * Deletes events older than `retentionDays` that wait for no delivery, with their deliveries and
 * attempts (the audit trail is not touched). Returns how many events went.
 */
export async function pruneWebhookHistory(db: Database, retentionDays = 30) {
  const cutoff = new Date(Date.now() - retentionDays * DAY_MS);
  const gone = await db
    .delete(webhookEvents)
    .where(
      and(
        lt(webhookEvents.createdAt, cutoff),
        sql`not exists (select 1 from ${webhookDeliveries} where ${webhookDeliveries.eventId} = ${webhookEvents.id} and ${webhookDeliveries.status} = 'pending')`,
      ),
    )
    .returning({ id: webhookEvents.id });
  return gone.length;
}

export interface RunningWebhookWorker {
  /** Stops polling and waits for the attempts in flight to be recorded. */
  stop(): Promise<void>;
}

/**
 * Polls the outbox every `pollIntervalMs` (default 1 s) — at once again while passes come back
 * full — and prunes old history hourly. Each pass that sent something is one log line (job
 * `webhook.deliver`: claimed, succeeded, failed). Errors (a database restart, …) are logged at
 * most once a minute and the loop carries on.
 */
export function startWebhookWorker(
  db: Database,
  opts: WebhookWorkerOptions & {
    pollIntervalMs?: number;
    retentionDays?: number;
  },
): RunningWebhookWorker {
  const poll = opts.pollIntervalMs ?? 1000;
  const log = getLogger();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastLogged = 0;
  let lastPruned = 0;
  let current: Promise<void> = Promise.resolve();
  const pass = async () => {
    const started = performance.now();
    const total = { claimed: 0, succeeded: 0, failed: 0, pruned: 0 };
    try {
      if (Date.now() - lastPruned > 3_600_000) {
        lastPruned = Date.now();
        total.pruned = await pruneWebhookHistory(db, opts.retentionDays ?? 30);
      }
      let r: Awaited<ReturnType<typeof deliverDueWebhooks>>;
      do {
        r = await deliverDueWebhooks(db, opts);
        total.claimed += r.claimed;
        total.succeeded += r.succeeded;
        total.failed += r.failed;
      } while (!stopped && r.claimed === (opts.batchSize ?? 25));
      if (total.claimed > 0 || total.pruned > 0)
        log.info(
          {
            job: "webhook.deliver",
            durationMs: Math.round(performance.now() - started),
            outcome: "ok",
            ...total,
          },
          "job webhook.deliver",
        );
    } catch (err) {
      if (Date.now() - lastLogged > 60_000) {
        lastLogged = Date.now();
        log.error(
          { job: "webhook.deliver", outcome: "failed", err },
          "webhook delivery pass failed (retrying; logged at most once a minute)",
        );
      }
    }
  };
  const loop = () => {
    if (stopped) return;
    current = pass().then(() => {
      if (!stopped) {
        timer = setTimeout(loop, poll);
        timer.unref();
      }
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
