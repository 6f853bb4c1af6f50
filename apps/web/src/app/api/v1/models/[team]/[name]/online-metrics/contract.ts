import { z } from "zod";
import { onlineSeriesDto } from "@/server/api-schemas";
import { defineContract, intString, isoQuery, M, modelParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: `${M}/online-metrics`,
  operationId: "onlineMetrics",
  summary: "An online metric of up to four versions over time, bucketed server-side",
  tag: "compare",
  params: modelParams,
  query: z.object({
    versions: z
      .array(z.string().max(200))
      .max(4)
      .describe("Version numbers or aliases (1–4): comma-separated (3,4) or repeated"),
    key: z.string().max(150).describe("The online metric key"),
    from: isoQuery.optional().describe("Default: the first point (at most 90 days back); no zone = UTC"),
    to: isoQuery.optional().describe("Default: just after the last point; no zone = UTC"),
    maxPoints: intString(10, 2000).optional().describe("Buckets per series (default 1000)"),
  }),
  response: { status: 200, schema: onlineSeriesDto },
});
