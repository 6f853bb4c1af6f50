import { getVersion, updateVersion } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toVersionDto } from "@/server/dto";
import * as contract from "./contract";

export const GET = apiRoute(contract.GET, async ({ ctx, params }) => {
  const v = await getVersion(ctx, params);
  return toVersionDto(v.model, v);
});

/** Edit description or tags (the only fields that stay mutable). Requires If-Match. */
export const PATCH = apiRoute(contract.PATCH, async ({ ctx, params, body, expectedRevision }) => {
  await updateVersion(ctx, { ...params, expectedRevision }, body);
  const v = await getVersion(ctx, params);
  return toVersionDto(v.model, v);
});
