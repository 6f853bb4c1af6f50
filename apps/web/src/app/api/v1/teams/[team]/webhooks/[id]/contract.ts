import { updateWebhookInput } from "@modelgate/core";
import { z } from "zod";
import { webhookDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

const params = teamParams.extend({ id: z.string().describe("Webhook id") });

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/teams/{team}/webhooks/{id}",
  operationId: "getWebhook",
  summary: "One webhook (never its secret)",
  tag: "webhooks",
  params,
  response: { status: 200, schema: webhookDto },
  etag: true,
});

export const PATCH = defineContract({
  method: "PATCH",
  path: "/api/v1/teams/{team}/webhooks/{id}",
  operationId: "updateWebhook",
  summary: "Edit URL, description, events or the active flag (turning it on clears why it was off)",
  tag: "webhooks",
  params,
  body: updateWebhookInput,
  example: { description: "Deploy pipeline" },
  response: { status: 200, schema: webhookDto },
  ifMatch: true,
  etag: true,
});

export const DELETE = defineContract({
  method: "DELETE",
  path: "/api/v1/teams/{team}/webhooks/{id}",
  operationId: "deleteWebhook",
  summary: "Delete a webhook and its delivery log",
  tag: "webhooks",
  params,
  response: { status: 200, schema: z.strictObject({ deleted: z.boolean() }) },
});
