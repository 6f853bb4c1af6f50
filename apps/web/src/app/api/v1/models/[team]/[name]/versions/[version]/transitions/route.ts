import { requestTransition } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toRequestDto } from "@/server/dto";
import * as contract from "./contract";

/**
 * Request a transition of this version: `{ toStage, reason }`, `{ alias, reason }` (a protected
 * alias) or `{ rollback: true, reason }`. Tokens may request; only people decide, in the app.
 */
export const POST = apiRoute(contract.POST, async ({ ctx, params, body }) => {
  const r = await requestTransition(ctx, { ...body, ...params });
  return toRequestDto({ ...r, model: r.model, versionNumber: r.version });
});
