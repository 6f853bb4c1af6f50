import { deleteAlias, setAlias } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** Point an unprotected alias at a ready version: `{ "version": 3 }`. Protected aliases are refused. */
export const PUT = apiRoute(contract.PUT, async ({ ctx, params, body }) =>
  setAlias(ctx, params, { alias: params.alias, version: body.version }),
);

export const DELETE = apiRoute(contract.DELETE, async ({ ctx, params }) =>
  deleteAlias(ctx, params, params.alias),
);
