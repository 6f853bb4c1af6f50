import { listWebhookDeliveriesInput } from "@modelgate/core";
import { z } from "zod";
import { deliveryLogDto } from "@/server/api-schemas";
import { defineContract, intString, teamParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/teams/{team}/webhooks/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  summary: "The delivery log: every attempt, newest first, and the deliveries waiting",
  tag: "webhooks",
  params: teamParams.extend({ id: z.string().describe("Webhook id") }),
  query: z.object({
    limit: intString(1, 200).optional().describe("Default 50"),
    cursor: listWebhookDeliveriesInput.shape.cursor.describe("The previous page's nextCursor"),
  }),
  response: { status: 200, schema: deliveryLogDto },
});
