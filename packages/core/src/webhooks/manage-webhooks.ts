import { eq, webhooks } from "@modelgate/db";
import { z } from "zod";
import { emitAudit } from "../audit/emit";
import { actorUserId, type ServiceContext, withTransaction } from "../context";
import { DomainError, ValidationError } from "../errors";
import { parseInput } from "../validation";
import { webhookEventTypes } from "./events";
import { loadWebhook, teamFor, type WebhookRef, type WebhookRow, webhookView } from "./load-webhook";
import { checkWebhookUrlSyntax, WebhookDestinationError } from "./network";
import { generateWebhookSecret } from "./signature";

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
