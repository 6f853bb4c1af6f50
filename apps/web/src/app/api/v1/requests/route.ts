import { listRequests } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** Transition requests: `view=waiting|mine|open|all` (default open), newest first. */
export const GET = apiRoute(contract.GET, async ({ ctx, query }) => {
  const items = await listRequests(ctx, query);
  return {
    items: items.map(({ requestedById: _id, ...r }) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
    })),
  };
});
