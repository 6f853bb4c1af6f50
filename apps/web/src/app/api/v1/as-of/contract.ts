import { z } from "zod";
import { asOfDto } from "@/server/api-schemas";
import { defineContract, isoQuery } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/as-of",
  operationId: "productionAsOf",
  summary: "What was in production at an instant: every readable model's production version and aliases",
  tag: "history",
  query: z.object({ at: isoQuery.optional().describe("ISO-8601 (no zone = UTC); default now") }),
  response: { status: 200, schema: asOfDto },
});
