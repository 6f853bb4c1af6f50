import { cancelTransition } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** The requester (or a maintainer) withdraws a pending request: `{ "reason"? }`. */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) =>
  cancelTransition(ctx, { requestId: params.id, reason: body.reason }),
);
