import { z } from "zod";
import { comparisonDto } from "@/server/api-schemas";
import { defineContract, M, modelParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: `${M}/compare`,
  operationId: "compareVersions",
  summary: "Compare two versions: metrics with deltas and winners, params, tags and lineage diffs",
  tag: "compare",
  params: modelParams,
  query: z.object({
    baseline: z
      .string()
      .max(100)
      .optional()
      .describe("Version number or alias; default the production champion"),
    candidate: z
      .string()
      .max(100)
      .optional()
      .describe("Version number or alias; default the challenger alias, else the newest staging version"),
  }),
  response: { status: 200, schema: comparisonDto },
});
