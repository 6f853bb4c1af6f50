import { listVersionsInput, registerVersionInput } from "@modelgate/core";
import { z } from "zod";
import { versionDto } from "@/server/api-schemas";
import { defineContract, intString, isoQuery, M, modelParams, page } from "@/server/contract";

const s = listVersionsInput.shape;

export const GET = defineContract({
  method: "GET",
  path: `${M}/versions`,
  operationId: "listVersions",
  summary: "List versions, newest first",
  tag: "versions",
  params: modelParams,
  query: z.object({
    stage: s.stage,
    status: s.status,
    tag: z.array(z.string().max(300)).max(10).optional().describe("key=value (repeatable)"),
    metric: s.metric.describe("An offline metric filter, e.g. auc>=0.9"),
    createdAfter: isoQuery.optional().describe("ISO-8601"),
    createdBefore: isoQuery.optional().describe("ISO-8601"),
    limit: intString(1, 200).optional().describe("Default 50"),
    cursor: intString(1).optional().describe("The previous page's nextCursor"),
  }),
  response: { status: 200, schema: page(versionDto) },
});

export const POST = defineContract({
  method: "POST",
  path: `${M}/versions`,
  operationId: "registerVersion",
  summary:
    "Register the next version: metadata, params, lineage, metrics, artifacts to upload or by reference",
  tag: "versions",
  params: modelParams,
  body: registerVersionInput,
  example: {
    description: "Retrained on March data",
    params: { lr: "0.01" },
    metrics: [{ key: "auc", value: 0.93 }],
  },
  response: { status: 201, schema: versionDto },
  idempotent: true,
  errors: ["model_archived", "unsafe_artifact"],
});
