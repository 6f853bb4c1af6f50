import { compareVersions } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toComparisonDto } from "@/server/dto";
import * as contract from "./contract";

/** Two versions side by side; by default the production champion against the challenger. */
export const GET = apiRoute(contract.GET, async ({ ctx, params, query }) =>
  toComparisonDto(await compareVersions(ctx, { ...params, ...query })),
);
