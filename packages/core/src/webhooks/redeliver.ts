import { and, eq, webhookDeliveries, webhookEvents } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { loadWebhook, type WebhookRef } from "./load-webhook";

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
