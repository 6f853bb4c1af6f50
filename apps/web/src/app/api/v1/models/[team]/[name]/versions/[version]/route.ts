import { getVersion, updateVersion } from "@modelgate/core";
import { apiRoute, requireIfMatch, withEtag } from "@/server/api-route";
import { toVersionDto } from "@/server/dto";
import { versionNumber } from "@/server/query";

type P = { team: string; name: string; version: string };

export const GET = apiRoute<P>(async ({ ctx, params }) => {
  const v = await getVersion(ctx, { ...params, version: versionNumber(params.version) });
  return withEtag(toVersionDto(v.model, v));
});

/** Edit description or tags (the only fields that stay mutable). Requires If-Match. */
export const PATCH = apiRoute<P>(
  async ({ req, ctx, params, body }) => {
    const ref = { ...params, version: versionNumber(params.version) };
    await updateVersion(ctx, { ...ref, expectedRevision: requireIfMatch(req) }, body as never);
    const v = await getVersion(ctx, ref);
    return withEtag(toVersionDto(v.model, v));
  },
  { json: true },
);
