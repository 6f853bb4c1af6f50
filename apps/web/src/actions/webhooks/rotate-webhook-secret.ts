"use server";

import { rotateWebhookSecret } from "@modelgate/core";
import { runAction } from "@/server/action";

/** A new signing secret (in the result, once); the old one also signs during the overlap. */
export async function rotateWebhookSecretAction(ref: { team: string; id: string }, overlapHours: number) {
  return runAction(
    async (ctx) => {
      const r = await rotateWebhookSecret(ctx, ref, { overlapHours });
      return { secret: r.secret, previousSecretExpiresAt: r.previousSecretExpiresAt };
    },
    { revalidate: `/teams/${encodeURIComponent(ref.team)}/webhooks` },
  );
}
