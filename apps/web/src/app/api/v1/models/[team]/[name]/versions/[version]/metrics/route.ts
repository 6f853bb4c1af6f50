import { logOnlineMetrics } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** Append online metric points: `{ "points": [{ "key", "value", "timestamp"? }] }` (≤ 10,000). */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) =>
  logOnlineMetrics(ctx, params, body),
);
