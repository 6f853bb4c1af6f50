import { requestTransition } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toRequestDto } from "@/server/dto";
import { versionNumber } from "@/server/query";

type P = { team: string; name: string; version: string };

/**
 * Request a transition of this version: `{ toStage, reason }`, `{ alias, reason }` (a protected
 * alias) or `{ rollback: true, reason }`. Tokens may request; only people decide, in the app.
 */
export const POST = apiRoute<P>(
  async ({ ctx, params, body }) => {
    const r = await requestTransition(ctx, {
      ...(body as object),
      team: params.team,
      name: params.name,
      version: versionNumber(params.version),
    } as never);
    return toRequestDto({ ...r, model: r.model, versionNumber: r.version });
  },
  { idempotent: true, status: 201 },
);
