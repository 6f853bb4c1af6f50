import { getWebhookEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

/** An event exactly as this webhook got it. */
export const GET = apiRoute<{ team: string; id: string; eventId: string }>(async ({ ctx, params }) => {
  const e = await getWebhookEvent(ctx, params, params.eventId);
  return { ...e, createdAt: e.createdAt.toISOString() };
});
