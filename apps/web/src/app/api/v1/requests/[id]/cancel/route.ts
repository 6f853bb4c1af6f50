import { cancelTransition } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

/** The requester (or a maintainer) withdraws a pending request: `{ "reason"? }`. */
export const POST = apiRoute<{ id: string }>(
  async ({ ctx, params, body }) =>
    cancelTransition(ctx, { requestId: params.id, reason: (body as { reason?: string })?.reason }),
  { json: true },
);
