import { createWebhookInput } from "@modelgate/core";
import { z } from "zod";
import { createdWebhookDto, webhookDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/teams/{team}/webhooks",
  operationId: "listWebhooks",
  summary: "The team's webhooks with their last attempt (maintainers; auditors read)",
  tag: "webhooks",
  params: teamParams,
  response: { status: 200, schema: z.strictObject({ items: z.array(webhookDto) }) },
});

export const POST = defineContract({
  method: "POST",
  path: "/api/v1/teams/{team}/webhooks",
  operationId: "createWebhook",
  summary: "Create a webhook; the answer holds its signing secret, once (maintainers)",
  tag: "webhooks",
  params: teamParams,
  body: createWebhookInput.omit({ team: true }),
  example: {
    url: "https://ci.example.com/hooks/modelgate",
    description: "Deploy pipeline",
    events: ["transition.applied"],
  },
  response: { status: 201, schema: createdWebhookDto },
  idempotent: true,
});
