import { z } from "zod";
import { webhookEventDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/teams/{team}/webhooks/{id}/events/{eventId}",
  operationId: "getWebhookEvent",
  summary: "An event as this webhook got it (the exact payload)",
  tag: "webhooks",
  params: teamParams.extend({
    id: z.string().describe("Webhook id"),
    eventId: z.string().describe("Event id (the webhook-id header)"),
  }),
  response: { status: 200, schema: webhookEventDto },
});
