import { randomUUID } from "node:crypto";
import { webhookDeliveries, webhookEvents } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { WEBHOOK_TEST_EVENT, type WebhookEvent } from "./events";
import { loadWebhook, type WebhookRef } from "./load-webhook";
import { webhookActor } from "./outbox";

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
