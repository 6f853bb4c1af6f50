"use server";

import { updateWebhook } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Edits a webhook (URL, description, events, active); `revision` guards against lost updates. */
export async function updateWebhookAction(
  ref: { team: string; id: string; revision?: number },
  input: Parameters<typeof updateWebhook>[2],
) {
  return runAction(
    async (ctx) => {
      const w = await updateWebhook(
        ctx,
        { team: ref.team, id: ref.id, expectedRevision: ref.revision },
        input,
      );
      return { id: w.id, active: w.active, revision: w.revision };
    },
    { revalidate: `/teams/${encodeURIComponent(ref.team)}/webhooks` },
  );
}
