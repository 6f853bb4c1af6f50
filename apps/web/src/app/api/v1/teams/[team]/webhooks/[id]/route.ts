import { deleteWebhook, getWebhook, updateWebhook } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toWebhookDto } from "@/server/webhook-dto";
import * as contract from "./contract";

/** One webhook (never its secret); the ETag guards edits. */
export const GET = apiRoute(contract.GET, async ({ ctx, params }) =>
  toWebhookDto(await getWebhook(ctx, params)),
);

/** Edit URL, description, events or the active flag. Requires If-Match. */
export const PATCH = apiRoute(contract.PATCH, async ({ ctx, params, body, expectedRevision }) =>
  toWebhookDto(await updateWebhook(ctx, { ...params, expectedRevision }, body)),
);

export const DELETE = apiRoute(contract.DELETE, async ({ ctx, params }) => deleteWebhook(ctx, params));
