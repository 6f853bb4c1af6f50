import { redeliverWebhookEvent } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** Sends an event again (`{ eventId }`): same id and body, freshly signed. */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) =>
  redeliverWebhookEvent(ctx, params, body.eventId),
);
