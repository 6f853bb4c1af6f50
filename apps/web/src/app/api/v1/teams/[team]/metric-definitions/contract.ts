import { z } from "zod";
import { teamMetricDefinitionDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/teams/{team}/metric-definitions",
  operationId: "listMetricDefinitions",
  summary: "The team's metric definitions (unknown keys are higher-is-better)",
  tag: "compare",
  params: teamParams,
  response: { status: 200, schema: z.strictObject({ items: z.array(teamMetricDefinitionDto) }) },
});
