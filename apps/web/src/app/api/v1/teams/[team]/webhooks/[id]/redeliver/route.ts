import { redeliverWebhookEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

/** Sends an event again (`{ eventId }`): same id and body, freshly signed. */
export const POST = apiRoute<{ team: string; id: string }>(
  async ({ ctx, params, body }) => {
    const eventId = body && typeof body === "object" ? (body as { eventId?: unknown }).eventId : undefined;
    return redeliverWebhookEvent(ctx, params, typeof eventId === "string" ? eventId : "");
  },
  { json: true },
);
