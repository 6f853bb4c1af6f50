import { listAliases } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

export const GET = apiRoute(contract.GET, async ({ ctx, params }) => ({
  items: (await listAliases(ctx, params)).map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString() })),
}));
