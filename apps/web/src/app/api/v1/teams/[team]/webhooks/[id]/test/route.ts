import { sendTestWebhookEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

/** Queues a `webhook.test` event for this webhook alone. */
export const POST = apiRoute<{ team: string; id: string }>(async ({ ctx, params }) =>
  sendTestWebhookEvent(ctx, params),
);
