import { productionAsOf } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toAsOfDto } from "@/server/dto";
import { instantParam } from "@/server/query";
import * as contract from "./contract";

/** `?at=2025-01-31T12:00Z` (default now): every readable model's production version and aliases then. */
export const GET = apiRoute(contract.GET, async ({ ctx, query }) => {
  const at = instantParam(query.at);
  const rows = await productionAsOf(ctx, at);
  return { at: at.toISOString(), items: rows.map(toAsOfDto) };
});
