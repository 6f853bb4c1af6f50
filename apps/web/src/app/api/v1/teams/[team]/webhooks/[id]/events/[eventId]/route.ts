import { getWebhookEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** An event exactly as this webhook got it. */
export const GET = apiRoute(contract.GET, async ({ ctx, params: { eventId, ...ref } }) => {
  const e = await getWebhookEvent(ctx, ref, eventId);
  return { ...e, createdAt: e.createdAt.toISOString() };
});
