import { loadModel, updateModel } from "@modelgate/core";
import { apiRoute, requireIfMatch, withEtag } from "@/server/api-route";
import { toModelDto } from "@/server/dto";

type P = { team: string; name: string };

/** One model (with its model card); the ETag guards edits. */
export const GET = apiRoute<P>(async ({ ctx, params }) =>
  withEtag(toModelDto(await loadModel(ctx, params.team, params.name))),
);

/** Edit description, model card or tags. Requires If-Match. */
export const PATCH = apiRoute<P>(
  async ({ req, ctx, params, body }) => {
    const expectedRevision = requireIfMatch(req);
    return withEtag(toModelDto(await updateModel(ctx, { ...params, expectedRevision }, body as never)));
  },
  { json: true },
);
