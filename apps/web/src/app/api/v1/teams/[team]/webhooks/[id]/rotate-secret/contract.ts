import { rotateWebhookSecretInput } from "@modelgate/core";
import { z } from "zod";
import { rotatedWebhookDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: "/api/v1/teams/{team}/webhooks/{id}/rotate-secret",
  operationId: "rotateWebhookSecret",
  summary: "New signing secret (shown once); the previous one also signs for overlapHours (default 24)",
  tag: "webhooks",
  params: teamParams.extend({ id: z.string().describe("Webhook id") }),
  body: rotateWebhookSecretInput,
  example: { overlapHours: 24 },
  response: { status: 200, schema: rotatedWebhookDto },
});
