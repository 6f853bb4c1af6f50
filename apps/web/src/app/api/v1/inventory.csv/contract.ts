import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/v1/inventory.csv",
  operationId: "modelInventoryCsv",
  summary: "The model inventory (SR 11-7) as CSV: owner, champion, last approval, validation evidence",
  tag: "history",
  response: { status: 200, text: ["text/csv"] },
});
