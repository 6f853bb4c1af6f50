import { meDto } from "@/server/api-schemas";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/me",
  operationId: "me",
  summary: "The caller's identity and team roles",
  tag: "system",
  response: { status: 200, schema: meDto },
});
