import { deleteMetricDefinition, setMetricDefinition } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toTeamMetricDefinitionDto } from "@/server/dto";

type P = { team: string; key: string };

/** Creates or replaces a definition: `{ displayName, unit?, direction, description? }` (maintainers). */
export const PUT = apiRoute<P>(
  async ({ ctx, params, body }) =>
    toTeamMetricDefinitionDto(
      await setMetricDefinition(ctx, { ...(body as object), team: params.team, key: params.key } as never),
    ),
  { json: true },
);

export const DELETE = apiRoute<P>(async ({ ctx, params }) => deleteMetricDefinition(ctx, params));
