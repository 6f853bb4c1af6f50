import { z } from "zod";
import { auditCheckpointDto } from "@/server/api-schemas";
import { defineContract, intString } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/audit/checkpoints",
  operationId: "listAuditCheckpoints",
  summary: "Signed chain heads, newest first (public)",
  tag: "audit",
  query: z.object({
    before: intString().optional().describe("The previous page's nextBefore"),
    limit: intString(1, 1000).optional().describe("Default 100"),
  }),
  response: {
    status: 200,
    schema: z.strictObject({
      items: z.array(auditCheckpointDto),
      nextBefore: z.number().int().nullable(),
    }),
  },
  public: true,
});
