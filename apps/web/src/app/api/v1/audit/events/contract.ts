import { z } from "zod";
import { auditEventDto } from "@/server/api-schemas";
import { auditFilterQuery } from "@/server/audit-query";
import { defineContract, intString } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/audit/events",
  operationId: "listAuditEvents",
  summary: "The audit trail, newest first (auditors, admins; maintainers: their teams)",
  tag: "audit",
  query: auditFilterQuery.extend({
    before: intString().optional().describe("The previous page's nextBefore"),
    limit: intString(1, 500).optional().describe("Default 50"),
  }),
  response: {
    status: 200,
    schema: z.strictObject({ events: z.array(auditEventDto), nextBefore: z.number().int().nullable() }),
  },
  /** An unknown team or model in the filter. */
  errors: ["not_found"],
});
