import { listRequests } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { queryOf } from "@/server/query";

/** Transition requests: `view=waiting|mine|open|all` (default open), newest first. */
export const GET = apiRoute(async ({ req, ctx }) => {
  const q = queryOf(req);
  const items = await listRequests(ctx, { view: q.get("view") as never, limit: q.int("limit") });
  return {
    items: items.map(({ requestedById: _id, ...r }) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
    })),
  };
});
