import { z } from "zod";
import { modelDto } from "@/server/api-schemas";
import { defineContract, M, modelParams } from "@/server/contract";

export const POST = defineContract({
  method: "POST",
  path: `${M}/archive`,
  operationId: "archiveModel",
  summary: "Archive or restore a model (maintainers)",
  tag: "models",
  params: modelParams,
  body: z.object({ archived: z.boolean() }),
  example: { archived: true },
  response: { status: 200, schema: modelDto },
});
