import { onlineSeries } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toMetricDefinitionDto } from "@/server/dto";
import { instantParam, queryOf } from "@/server/query";

/**
 * An online metric of up to four versions over time, aggregated by the database into time buckets
 * (≤ maxPoints per series). `versions=3,4` or `versions=champion&versions=challenger`.
 */
export const GET = apiRoute<{ team: string; name: string }>(async ({ req, ctx, params }) => {
  const q = queryOf(req);
  const versions = q
    .all("versions")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  const from = q.get("from");
  const to = q.get("to");
  const s = await onlineSeries(ctx, {
    ...params,
    versions,
    key: q.get("key") ?? "",
    from: from ? instantParam(from, "from") : undefined,
    to: to ? instantParam(to, "to") : undefined,
    maxPoints: q.int("maxPoints"),
  });
  return { ...s, definition: toMetricDefinitionDto(s.definition) };
});
