import { deleteWebhook, getWebhook, updateWebhook } from "@modelgate/core";
import { apiRoute, requireIfMatch, withEtag } from "@/server/api-route";
import { toWebhookDto } from "@/server/webhook-dto";

type P = { team: string; id: string };

/** One webhook (never its secret); the ETag guards edits. */
export const GET = apiRoute<P>(async ({ ctx, params }) =>
  withEtag(toWebhookDto({ ...(await getWebhook(ctx, params)) })),
);

/** Edit URL, description, events or the active flag. Requires If-Match. */
export const PATCH = apiRoute<P>(
  async ({ req, ctx, params, body }) => {
    const expectedRevision = requireIfMatch(req);
    return withEtag(toWebhookDto(await updateWebhook(ctx, { ...params, expectedRevision }, body as never)));
  },
  { json: true },
);

export const DELETE = apiRoute<P>(async ({ ctx, params }) => deleteWebhook(ctx, params));
