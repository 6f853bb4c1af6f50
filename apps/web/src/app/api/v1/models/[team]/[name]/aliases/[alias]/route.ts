import { deleteAlias, setAlias } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

type P = { team: string; name: string; alias: string };

/** Point an unprotected alias at a ready version: `{ "version": 3 }`. Protected aliases are refused. */
export const PUT = apiRoute<P>(
  async ({ ctx, params, body }) =>
    setAlias(ctx, params, {
      alias: params.alias,
      version: (body as { version?: number })?.version as number,
    }),
  { json: true },
);

export const DELETE = apiRoute<P>(async ({ ctx, params }) => deleteAlias(ctx, params, params.alias));
