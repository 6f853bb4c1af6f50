import { logMetricsInput } from "@modelgate/core";
import { z } from "zod";
import { defineContract, V, versionParams } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: `${V}/metrics`,
  operationId: "logMetrics",
  summary: "Append online metric points",
  description: 'Body: `{ "points": [{ "key", "value", "timestamp"? }] }` (at most 10,000 points).',
  tag: "metrics",
  params: versionParams,
  body: logMetricsInput,
  example: { points: [{ key: "precision_at_1pct", value: 0.91 }] },
  response: { status: 201, schema: z.strictObject({ accepted: z.number().int() }) },
  idempotent: true,
});
