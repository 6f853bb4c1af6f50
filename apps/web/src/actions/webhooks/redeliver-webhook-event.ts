"use server";

import { redeliverWebhookEvent } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Sends an event to the webhook again: same id and body, freshly signed. */
export async function redeliverWebhookEventAction(ref: { team: string; id: string }, eventId: string) {
  return runAction((ctx) => redeliverWebhookEvent(ctx, ref, eventId), {
    revalidate: `/teams/${encodeURIComponent(ref.team)}/webhooks`,
  });
}
