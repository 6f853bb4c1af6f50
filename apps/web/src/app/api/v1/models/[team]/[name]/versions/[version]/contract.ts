import { updateVersionInput } from "@modelgate/core";
import { versionDto } from "@/server/api-schemas";
import { defineContract, V, versionParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: V,
  operationId: "getVersion",
  summary: "Get a version with artifacts, metrics, aliases",
  tag: "versions",
  params: versionParams,
  response: { status: 200, schema: versionDto },
  etag: true,
});

export const PATCH = defineContract({
  method: "PATCH",
  path: V,
  operationId: "updateVersion",
  summary: "Edit description or tags (the only fields that stay mutable)",
  tag: "versions",
  params: versionParams,
  body: updateVersionInput,
  example: { description: "Retrained on March data" },
  response: { status: 200, schema: versionDto },
  ifMatch: true,
  etag: true,
});
