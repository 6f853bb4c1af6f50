import { createWebhook, listWebhooks } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toWebhookDto } from "@/server/webhook-dto";
import * as contract from "./contract";

/** The team's webhooks with how their last attempt went (maintainers; auditors read). */
export const GET = apiRoute(contract.GET, async ({ ctx, params }) => ({
  items: (await listWebhooks(ctx, params.team)).items.map(toWebhookDto),
}));

/** Creates a webhook: `{ url, events, description?, active? }`. The answer holds the secret, once. */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) => {
  const { webhook, secret } = await createWebhook(ctx, { ...body, team: params.team });
  return { webhook: toWebhookDto(webhook), secret };
});
