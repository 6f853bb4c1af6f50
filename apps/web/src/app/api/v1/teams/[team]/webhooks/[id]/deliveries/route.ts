import { listWebhookDeliveries } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toDeliveryLogDto } from "@/server/webhook-dto";

/** The delivery log: every attempt newest first (`?limit=&cursor=`), and what waits for a retry. */
export const GET = apiRoute<{ team: string; id: string }>(async ({ req, ctx, params }) => {
  const q = req.nextUrl.searchParams;
  const limit = q.get("limit");
  return toDeliveryLogDto(
    await listWebhookDeliveries(ctx, params, {
      ...(limit ? { limit: Number(limit) } : {}),
      ...(q.get("cursor") ? { cursor: q.get("cursor")! } : {}),
    }),
  );
});
