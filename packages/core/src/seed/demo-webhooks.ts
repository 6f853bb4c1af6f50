import type { ServiceContext } from "../context";
import { webhookEventTypes } from "../webhooks/events";
import { createWebhook } from "../webhooks/manage-webhooks";
import { sendTestWebhookEvent } from "../webhooks/send-test-event";

/** Where the demo webhook points: a name that can never resolve (RFC 2606 `.invalid`). */
export const DEMO_WEBHOOK_URL = "https://hooks.example.invalid/modelgate";

/**
 * One webhook for the fraud team, on every event, so its page has something to show on a first
 * run: the test event sent here fails at once (the name does not resolve) and is retried with
 * backoff, visible in the delivery log. Created last, so the seeding itself queues nothing for it.
 */
export async function seedDemoWebhooks(maintainer: ServiceContext) {
  const { webhook } = await createWebhook(maintainer, {
    team: "fraud",
    url: DEMO_WEBHOOK_URL,
    description: "Deploy pipeline (a placeholder that never resolves: point it at your own receiver)",
    events: [...webhookEventTypes],
  });
  await sendTestWebhookEvent(maintainer, { team: "fraud", id: webhook.id });
}
