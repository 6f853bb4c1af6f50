import { healthDto } from "@/server/api-schemas";
import { defineContract } from "@/server/contract";

export const GET = defineContract({
  method: "GET",
  path: "/api/health",
  operationId: "health",
  summary: "Liveness and database status",
  description:
    'Readiness for load balancers: the database, its migrations and the artifact store. Answers 503 with the same body when degraded (migrations pending, the store unavailable), and 503 `{"status":"down"}` when the database cannot be reached.',
  tag: "system",
  response: { status: 200, schema: healthDto },
  public: true,
});
