import { z } from "zod";
import { aliasDto } from "@/server/api-schemas";
import { defineContract, M, modelParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: `${M}/aliases`,
  operationId: "listAliases",
  summary: "List aliases",
  tag: "aliases",
  params: modelParams,
  response: { status: 200, schema: z.strictObject({ items: z.array(aliasDto) }) },
});
