import { chainVerificationDto } from "@/server/api-schemas";
import { defineContract } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: "/api/v1/audit/verify",
  operationId: "verifyAudit",
  summary: "Recompute the hash chain and check every signed checkpoint (auditors, admins)",
  tag: "audit",
  response: { status: 200, schema: chainVerificationDto },
});
