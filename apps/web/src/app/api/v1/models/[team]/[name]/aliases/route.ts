import { listAliases } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

export const GET = apiRoute<{ team: string; name: string }>(async ({ ctx, params }) => ({
  items: (await listAliases(ctx, params)).map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString() })),
}));
