import { createModel, searchModels } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toModelDto } from "@/server/dto";
import * as contract from "./contract";

export const GET = apiRoute(contract.GET, async ({ ctx, query: { tag, ...query } }) => {
  const result = await searchModels(ctx, { ...query, tags: tag });
  return {
    items: result.items.map(toModelDto),
    nextCursor: result.nextCursor,
    ...(result.total !== undefined ? { total: result.total } : {}),
  };
});

export const POST = apiRoute(contract.POST, async ({ ctx, body }) =>
  toModelDto(await createModel(ctx, body)),
);
