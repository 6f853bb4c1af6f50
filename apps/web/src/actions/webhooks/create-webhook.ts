"use server";

import { createWebhook } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Creates a team webhook; the signing secret is in the result, once. */
export async function createWebhookAction(input: Parameters<typeof createWebhook>[1]) {
  return runAction(
    async (ctx) => {
      const { webhook, secret } = await createWebhook(ctx, input);
      return { id: webhook.id, url: webhook.url, secret };
    },
    { revalidate: `/teams/${encodeURIComponent(input.team)}/webhooks` },
  );
}
