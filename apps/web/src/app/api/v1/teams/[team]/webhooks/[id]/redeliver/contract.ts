import { z } from "zod";
import { queuedDeliveryDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: "/api/v1/teams/{team}/webhooks/{id}/redeliver",
  operationId: "redeliverWebhookEvent",
  summary: "Send an event again: same id and body, freshly signed",
  tag: "webhooks",
  params: teamParams.extend({ id: z.string().describe("Webhook id") }),
  body: z.object({ eventId: z.string().describe("An event delivered to this webhook") }),
  example: { eventId: "0f8fad5b-d9cb-469f-a165-70867728950e" },
  response: { status: 200, schema: queuedDeliveryDto },
});
