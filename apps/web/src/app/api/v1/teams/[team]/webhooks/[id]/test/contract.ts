import { z } from "zod";
import { queuedDeliveryDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: "/api/v1/teams/{team}/webhooks/{id}/test",
  operationId: "sendTestWebhookEvent",
  summary: "Queue a webhook.test event for this webhook alone",
  tag: "webhooks",
  params: teamParams.extend({ id: z.string().describe("Webhook id") }),
  response: { status: 200, schema: queuedDeliveryDto },
});
