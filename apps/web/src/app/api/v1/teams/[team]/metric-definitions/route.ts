import { listMetricDefinitions } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toTeamMetricDefinitionDto } from "@/server/dto";
import * as contract from "./contract";

/** What the team's metric keys mean: display name, unit, which direction is better. */
export const GET = apiRoute(contract.GET, async ({ ctx, params }) => ({
  items: (await listMetricDefinitions(ctx, params.team)).map(toTeamMetricDefinitionDto),
}));
