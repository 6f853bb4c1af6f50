import "server-only";
import type { listWebhookDeliveries, WebhookView } from "@modelgate/core";
import type { z } from "zod";
import type { deliveryLogDto, webhookDto } from "./api-schemas";

/** Shapes of the webhook API answers (their schemas are in api-schemas.ts). Never a secret but at creation/rotation. */
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function toWebhookDto(
  w: WebhookView & {
    createdByName?: string | null;
    lastAttemptAt?: Date | null;
    lastAttemptOk?: boolean | null;
    lastStatusCode?: number | null;
    pendingDeliveries?: number;
  },
): z.input<typeof webhookDto> {
  return {
    id: w.id,
    team: w.team,
    url: w.url,
    description: w.description,
    events: w.events,
    active: w.active,
    disabledReason: w.disabledReason,
    disabledAt: iso(w.disabledAt),
    consecutiveFailures: w.consecutiveFailures,
    failingSince: iso(w.failingSince),
    previousSecretExpiresAt: iso(w.previousSecretExpiresAt),
    revision: w.revision,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    ...(w.createdByName !== undefined ? { createdBy: w.createdByName } : {}),
    ...(w.lastAttemptAt !== undefined ? { lastAttemptAt: iso(w.lastAttemptAt) } : {}),
    ...(w.lastAttemptOk !== undefined ? { lastAttemptOk: w.lastAttemptOk } : {}),
    ...(w.lastStatusCode !== undefined ? { lastStatusCode: w.lastStatusCode } : {}),
    ...(w.pendingDeliveries !== undefined ? { pendingDeliveries: w.pendingDeliveries } : {}),
  };
}

export function toDeliveryLogDto(
  log: Awaited<ReturnType<typeof listWebhookDeliveries>>,
): z.input<typeof deliveryLogDto> {
  return {
    attempts: log.attempts.map((a) => ({ ...a, at: a.at.toISOString() })),
    pending: log.pending.map((p) => ({ ...p, nextAttemptAt: p.nextAttemptAt.toISOString() })),
    totalAttempts: log.totalAttempts,
    nextCursor: log.nextCursor,
  };
}
