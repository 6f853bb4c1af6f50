import { setAliasProtection } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** Maintainers protect an alias (it then moves only through approval) or release it: `{ "protected": true }`. */
export const PUT = apiRoute(contract.PUT, async ({ ctx, params, body }) =>
  setAliasProtection(ctx, params, { alias: params.alias, protected: body.protected }),
);
