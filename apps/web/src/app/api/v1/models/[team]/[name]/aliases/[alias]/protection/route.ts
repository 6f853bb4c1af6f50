import { setAliasProtection } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";

/** Maintainers protect an alias (it then moves only through approval) or release it: `{ "protected": true }`. */
export const PUT = apiRoute<{ team: string; name: string; alias: string }>(
  async ({ ctx, params, body }) =>
    setAliasProtection(ctx, params, {
      alias: params.alias,
      protected: (body as { protected?: boolean })?.protected as boolean,
    }),
  { json: true },
);
