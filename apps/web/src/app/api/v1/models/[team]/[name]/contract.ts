import { updateModelInput } from "@modelgate/core";
import { modelDto } from "@/server/api-schemas";
import { defineContract, M, modelParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: M,
  operationId: "getModel",
  summary: "Get a model (with its model card); the ETag guards edits",
  tag: "models",
  params: modelParams,
  response: { status: 200, schema: modelDto },
  etag: true,
});

export const PATCH = defineContract({
  method: "PATCH",
  path: M,
  operationId: "updateModel",
  summary: "Edit description, model card, tags, primary metric",
  tag: "models",
  params: modelParams,
  body: updateModelInput,
  example: { description: "Scores card transactions for fraud" },
  response: { status: 200, schema: modelDto },
  ifMatch: true,
  etag: true,
});
