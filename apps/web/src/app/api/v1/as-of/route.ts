import { productionAsOf } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toAsOfDto } from "@/server/dto";
import { instantParam, queryOf } from "@/server/query";

/** `?at=2025-01-31T12:00Z` (default now): every readable model's production version and aliases then. */
export const GET = apiRoute(async ({ req, ctx }) => {
  const at = instantParam(queryOf(req).get("at"));
  const rows = await productionAsOf(ctx, at);
  return { at: at.toISOString(), items: rows.map(toAsOfDto) };
});
