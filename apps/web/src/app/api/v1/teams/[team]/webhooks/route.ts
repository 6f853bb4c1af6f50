import { createWebhook, listWebhooks } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toWebhookDto } from "@/server/webhook-dto";

type P = { team: string };

/** The team's webhooks with how their last attempt went (maintainers; auditors read). */
export const GET = apiRoute<P>(async ({ ctx, params }) => ({
  items: (await listWebhooks(ctx, params.team)).items.map(toWebhookDto),
}));

/** Creates a webhook: `{ url, events, description?, active? }`. The answer holds the secret, once. */
export const POST = apiRoute<P>(
  async ({ ctx, params, body }) => {
    const { webhook, secret } = await createWebhook(ctx, { ...(body as object), team: params.team } as never);
    return { webhook: toWebhookDto(webhook), secret };
  },
  { idempotent: true, status: 201 },
);
