import { z } from "zod";
import { resolveDto } from "@/server/api-schemas";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/resolve",
  operationId: "resolve",
  summary: "Resolve team/name@alias, team/name/N or team/name@latest",
  tag: "models",
  query: z.object({ ref: z.string().max(300).describe("e.g. fraud/scorer@champion") }),
  response: { status: 200, schema: resolveDto },
  errors: ["not_found"],
});
