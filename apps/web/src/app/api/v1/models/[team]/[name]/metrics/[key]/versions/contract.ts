import { z } from "zod";
import { metricAcrossVersionsDto } from "@/server/api-schemas";
import { defineContract, M, modelParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: `${M}/metrics/{key}/versions`,
  operationId: "metricAcrossVersions",
  summary: "One offline metric across all versions of a model, with their stages",
  tag: "compare",
  params: modelParams.extend({ key: z.string().describe("The offline metric key") }),
  response: { status: 200, schema: metricAcrossVersionsDto },
});
