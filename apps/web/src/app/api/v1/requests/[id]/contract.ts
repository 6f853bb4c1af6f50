import { z } from "zod";
import { requestDto } from "@/server/api-schemas";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/requests/{id}",
  operationId: "getRequest",
  summary: "A request with its gates and signatures",
  tag: "approvals",
  params: z.object({ id: z.string().describe("Request id") }),
  response: { status: 200, schema: requestDto },
});
