import { timelineDto } from "@/server/api-schemas";
import { defineContract, M, modelParams } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: `${M}/timeline`,
  operationId: "modelTimeline",
  summary: "Stage and alias changes, newest first, with who, why and the approving signatures",
  tag: "history",
  params: modelParams,
  response: { status: 200, schema: timelineDto },
});
