import { onlineSeries } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toOnlineSeriesDto } from "@/server/dto";
import { instantParam } from "@/server/query";
import * as contract from "./contract";

/**
 * An online metric of up to four versions over time, aggregated by the database into time buckets
 * (≤ maxPoints per series). `versions=3,4` or `versions=champion&versions=challenger`.
 */
export const GET = apiRoute(contract.GET, async ({ ctx, params, query }) => {
  const versions = query.versions
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  const s = await onlineSeries(ctx, {
    ...params,
    versions,
    key: query.key,
    from: query.from ? instantParam(query.from, "from") : undefined,
    to: query.to ? instantParam(query.to, "to") : undefined,
    maxPoints: query.maxPoints,
  });
  return toOnlineSeriesDto(s);
});
