import { setMetricDefinitionInput } from "@modelgate/core";
import { z } from "zod";
import { teamMetricDefinitionDto } from "@/server/api-schemas";
import { defineContract, teamParams } from "@/server/contract";

export const PUT = defineContract({
  method: "PUT",
  path: "/api/v1/teams/{team}/metric-definitions/{key}",
  operationId: "setMetricDefinition",
  summary: "Define a metric: display name, unit, direction (maintainers)",
  tag: "compare",
  params: teamParams.extend({ key: setMetricDefinitionInput.shape.key.describe("Metric key") }),
  body: setMetricDefinitionInput.omit({ team: true, key: true }),
  example: {
    displayName: "Fraud AUC",
    unit: "",
    direction: "higher",
    description: "Area under the ROC curve on the hold-out set",
  },
  response: { status: 200, schema: teamMetricDefinitionDto },
});

export const DELETE = defineContract({
  method: "DELETE",
  path: "/api/v1/teams/{team}/metric-definitions/{key}",
  operationId: "deleteMetricDefinition",
  summary: "Remove a metric definition (maintainers)",
  tag: "compare",
  params: teamParams.extend({ key: z.string().describe("Metric key") }),
  response: { status: 200, schema: z.strictObject({ deleted: z.boolean() }) },
});
