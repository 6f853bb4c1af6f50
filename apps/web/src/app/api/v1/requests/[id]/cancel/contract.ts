import { z } from "zod";
import { defineContract } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: "/api/v1/requests/{id}/cancel",
  operationId: "cancelRequest",
  summary: "Withdraw a pending request (requester or maintainer)",
  tag: "approvals",
  params: z.object({ id: z.string().describe("Request id") }),
  body: z.object({ reason: z.string().max(2000).optional() }),
  example: { reason: "Superseded by v5" },
  response: {
    status: 200,
    schema: z.strictObject({ requestId: z.string(), status: z.literal("cancelled") }),
  },
  errors: ["request_decided"],
});
