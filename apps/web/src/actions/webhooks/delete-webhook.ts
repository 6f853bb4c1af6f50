"use server";

import { deleteWebhook } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Deletes a webhook with its delivery log. */
export async function deleteWebhookAction(ref: { team: string; id: string }) {
  return runAction((ctx) => deleteWebhook(ctx, ref), {
    revalidate: `/teams/${encodeURIComponent(ref.team)}/webhooks`,
  });
}
