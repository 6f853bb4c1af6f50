import { and, eq, webhooks } from "@modelgate/db";
import { authorize, can } from "../access/authorize";
import type { ServiceContext } from "../context";
import { DomainError } from "../errors";
import { loadTeam } from "../teams/load-team";
import type { webhookEventTypes } from "./events";

/** Helpers shared by the webhook services: loading a webhook under a permission, its view. */

export type WebhookRow = typeof webhooks.$inferSelect;

export interface WebhookRef {
  team: string;
  id: string;
}

/** Loads a team by slug and checks a permission; unknown and unreadable teams look the same. */
export async function teamFor(ctx: ServiceContext, slug: string, permission: "webhook.manage" | "read") {
  const team = await loadTeam(ctx, slug, "team.read");
  // Auditors read every team's configuration; only maintainers change it.
  if (permission !== "read" || !can(ctx, "team.audit", team.id))
    await authorize(ctx, "webhook.manage", { teamId: team.id, label: `Team ${slug}` });
  return team;
}

/** A team's webhook by id, under the permission; other teams' webhooks are not found. */
export async function loadWebhook(
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
