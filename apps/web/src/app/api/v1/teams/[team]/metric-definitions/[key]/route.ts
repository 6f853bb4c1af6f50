import { deleteMetricDefinition, setMetricDefinition } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toTeamMetricDefinitionDto } from "@/server/dto";
import * as contract from "./contract";

/** Creates or replaces a definition: `{ displayName, unit?, direction, description? }` (maintainers). */
export const PUT = apiRoute(contract.PUT, async ({ ctx, params, body }) =>
  toTeamMetricDefinitionDto(await setMetricDefinition(ctx, { ...body, ...params })),
);

export const DELETE = apiRoute(contract.DELETE, async ({ ctx, params }) =>
  deleteMetricDefinition(ctx, params),
);
