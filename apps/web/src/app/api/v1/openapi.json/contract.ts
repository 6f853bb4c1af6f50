import { z } from "zod";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/openapi.json",
  operationId: "openApiDocument",
  summary: "The OpenAPI document (public, like any API reference)",
  tag: "system",
  response: { status: 200, schema: z.record(z.string(), z.unknown()).describe("OpenAPI 3.1") },
  public: true,
});
