import { z } from "zod";
import { auditFilterQuery } from "@/server/audit-query";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/audit/export",
  operationId: "exportAudit",
  summary: "Stream the filtered trail: JSONL with a signed trailer, or CSV with checkpoint lines",
  tag: "audit",
  query: auditFilterQuery.extend({
    format: z.enum(["jsonl", "csv"], { error: "Use jsonl or csv" }).optional().describe("Default jsonl"),
  }),
  response: { status: 200, text: ["application/x-ndjson", "text/csv"] },
  /** An unknown team or model in the filter. */
  errors: ["not_found"],
});
