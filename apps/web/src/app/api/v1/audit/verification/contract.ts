import { auditVerificationDto } from "@/server/api-schemas";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/audit/verification",
  operationId: "latestAuditVerification",
  summary: "The most recent verification, or null",
  tag: "audit",
  response: { status: 200, schema: auditVerificationDto },
});
