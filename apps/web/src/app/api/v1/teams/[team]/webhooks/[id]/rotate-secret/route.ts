import { rotateWebhookSecret } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toWebhookDto } from "@/server/webhook-dto";
import * as contract from "./contract";

/** A new signing secret, shown once; the previous one also signs for `overlapHours` (default 24). */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) => {
  const r = await rotateWebhookSecret(ctx, params, body);
  return {
    webhook: toWebhookDto(r.webhook),
    secret: r.secret,
    previousSecretExpiresAt: r.previousSecretExpiresAt?.toISOString() ?? null,
  };
});
