import { listRequestsInput } from "@modelgate/core";
import { z } from "zod";
import { requestListItemDto } from "@/server/api-schemas";
import { defineContract, intString } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/requests",
  operationId: "listRequests",
  summary: "Transition requests: waiting for me, mine, open, all",
  tag: "approvals",
  query: z.object({
    view: listRequestsInput.shape.view,
    limit: intString(1, 200).optional().describe("Default 100"),
  }),
  response: { status: 200, schema: z.strictObject({ items: z.array(requestListItemDto) }) },
});
