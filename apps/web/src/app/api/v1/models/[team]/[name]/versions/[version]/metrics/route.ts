import { logOnlineMetrics } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { versionNumber } from "@/server/query";

/** Append online metric points: `{ "points": [{ "key", "value", "timestamp"? }] }` (≤ 10,000). */
export const POST = apiRoute<{ team: string; name: string; version: string }>(
  async ({ ctx, params, body }) =>
    logOnlineMetrics(ctx, { ...params, version: versionNumber(params.version) }, body as never),
  { idempotent: true, status: 201 },
);
