import { listVersions, registerVersion } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toVersionDto } from "@/server/dto";
import * as contract from "./contract";

/** Versions newest first: stage, status, tag (repeatable), metric (auc>=0.9), createdAfter/Before, limit, cursor. */
export const GET = apiRoute(contract.GET, async ({ ctx, params, query: { tag, ...query } }) => {
  const result = await listVersions(ctx, params, { ...query, tags: tag });
  return {
    items: result.items.map((v) => toVersionDto(result.model.fullName, v)),
    nextCursor: result.nextCursor === null ? null : String(result.nextCursor),
  };
});

/** Register the next version: metadata, params, lineage, metrics, artifacts to upload or by reference. */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) => {
  const v = await registerVersion(ctx, params, body);
  return toVersionDto(v.model, v);
});
