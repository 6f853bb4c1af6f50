import { z } from "zod";
import { auditEventDto } from "@/server/api-schemas";
import { defineContract, intString } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/audit/events/{seq}",
  operationId: "getAuditEvent",
  summary: "One audit event",
  tag: "audit",
  params: z.object({ seq: intString(1).describe("Sequence number (1, 2, …)") }),
  response: { status: 200, schema: auditEventDto },
});
