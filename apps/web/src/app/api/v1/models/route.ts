import { createModel, searchModels } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toModelDto } from "@/server/dto";
import { queryOf } from "@/server/query";

/** Search models: q, tag (repeatable key=value), team, stage, owner, archived, sort, limit, cursor. */
export const GET = apiRoute(async ({ req, ctx }) => {
  const q = queryOf(req);
  const result = await searchModels(ctx, {
    q: q.get("q"),
    team: q.get("team"),
    tags: q.all("tag"),
    stage: q.get("stage") as never,
    owner: q.get("owner"),
    archived: q.bool("archived"),
    sort: q.get("sort") as never,
    limit: q.int("limit"),
    cursor: q.get("cursor"),
    withTotal: q.bool("withTotal"),
  });
  return {
    items: result.items.map(toModelDto),
    nextCursor: result.nextCursor,
    ...(result.total !== undefined ? { total: result.total } : {}),
  };
});

/** Create a model in a team. */
export const POST = apiRoute(async ({ ctx, body }) => toModelDto(await createModel(ctx, body as never)), {
  idempotent: true,
  status: 201,
});
