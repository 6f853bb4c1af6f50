import { setAliasBody } from "@modelgate/core";
import { z } from "zod";
import { setAliasDto } from "@/server/api-schemas";
import { defineContract, M, modelParams } from "@/server/contract";

const params = modelParams.extend({ alias: z.string().describe("Alias name, e.g. challenger") });

export const PUT = defineContract({
  method: "PUT",
  path: `${M}/aliases/{alias}`,
  operationId: "setAlias",
  summary: "Point an unprotected alias at a ready version",
  description:
    'Body: `{ "version": 3 }`. A protected alias moves only through an approved transition request.',
  tag: "aliases",
  params,
  body: setAliasBody,
  example: { version: 1 },
  response: { status: 200, schema: setAliasDto },
  errors: ["alias_protected", "artifact_state"],
});

export const DELETE = defineContract({
  method: "DELETE",
  path: `${M}/aliases/{alias}`,
  operationId: "deleteAlias",
  summary: "Delete an unprotected alias",
  tag: "aliases",
  params,
  response: { status: 200, schema: z.strictObject({ deleted: z.boolean() }) },
  errors: ["alias_protected"],
});
