import { metricAcrossVersions } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import { toMetricDefinitionDto } from "@/server/dto";
import * as contract from "./contract";

/** One offline metric across every version of the model, with each version's stage. */
export const GET = apiRoute(contract.GET, async ({ ctx, params }) => {
  const r = await metricAcrossVersions(ctx, params);
  return {
    key: r.key,
    definition: toMetricDefinitionDto(r.definition),
    points: r.points.map((p) => ({ version: p.version, stage: p.stage, value: p.value })),
  };
});
