import { listVersions, registerVersion } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toVersionDto } from "@/server/dto";
import { queryOf } from "@/server/query";

type P = { team: string; name: string };

/** Versions newest first: stage, status, tag (repeatable), metric (auc>=0.9), createdAfter/Before, limit, cursor. */
export const GET = apiRoute<P>(async ({ req, ctx, params }) => {
  const q = queryOf(req);
  const result = await listVersions(ctx, params, {
    stage: q.get("stage") as never,
    status: q.get("status") as never,
    tags: q.all("tag"),
    metric: q.get("metric"),
    createdAfter: q.get("createdAfter") as never,
    createdBefore: q.get("createdBefore") as never,
    limit: q.int("limit"),
    cursor: q.int("cursor"),
  });
  return {
    items: result.items.map((v) => toVersionDto(result.model.fullName, v)),
    nextCursor: result.nextCursor === null ? null : String(result.nextCursor),
  };
});

/** Register the next version: metadata, params, lineage, metrics, artifacts to upload or by reference. */
export const POST = apiRoute<P>(
  async ({ ctx, params, body }) => {
    const v = await registerVersion(ctx, params, body as never);
    return toVersionDto(v.model, v);
  },
  { idempotent: true, status: 201 },
);
