import { rotateWebhookSecret } from "@modelgate/core";
import { apiRoute, readJson } from "@/server/api-route";
import { toWebhookDto } from "@/server/webhook-dto";

/** A new signing secret, shown once; the previous one also signs for `overlapHours` (default 24). */
export const POST = apiRoute<{ team: string; id: string }>(async ({ req, ctx, params }) => {
  // The body is optional: no body means the default overlap.
  const body =
    req.headers.get("content-length") === "0" || !req.headers.get("content-type")
      ? {}
      : (await readJson(req)).value;
  const r = await rotateWebhookSecret(ctx, params, body as never);
  return {
    webhook: toWebhookDto(r.webhook),
    secret: r.secret,
    previousSecretExpiresAt: r.previousSecretExpiresAt?.toISOString() ?? null,
  };
});
