import { z } from "zod";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/health/live",
  operationId: "liveness",
  summary: "Liveness: the process answers HTTP (no database)",
  tag: "system",
  response: { status: 200, schema: z.strictObject({ status: z.literal("ok") }) },
  public: true,
});
