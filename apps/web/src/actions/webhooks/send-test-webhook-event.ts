"use server";

import { sendTestWebhookEvent } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Queues a webhook.test event for one webhook; the worker sends it within a second or so. */
export async function sendTestWebhookEventAction(ref: { team: string; id: string }) {
  return runAction((ctx) => sendTestWebhookEvent(ctx, ref), {
    revalidate: `/teams/${encodeURIComponent(ref.team)}/webhooks`,
  });
}
