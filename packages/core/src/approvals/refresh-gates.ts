import { eq, modelVersions, registeredModels, transitionRequests } from "@modelgate/db";
import type { ServiceContext } from "../context";
import { DomainError } from "../errors";
import { gateFacts } from "./facts";
import { evaluateGates, type GateResult } from "./gates";
import type { Policy } from "./policy";

/** Re-evaluates a pending request's gates against the current facts and stores the result. */
export async function refreshGates(ctx: ServiceContext, requestId: string): Promise<GateResult[]> {
  const [row] = await ctx.db
    .select({ request: transitionRequests, model: registeredModels, version: modelVersions })
    .from(transitionRequests)
    .innerJoin(registeredModels, eq(registeredModels.id, transitionRequests.modelId))
    .innerJoin(modelVersions, eq(modelVersions.id, transitionRequests.versionId))
    .where(eq(transitionRequests.id, requestId));
  if (row?.request.status !== "pending") return [];
  const gateResults = evaluateGates(
    (row.request.policy as Policy).gates,
    await gateFacts(ctx, row.model, row.version),
  );
  await ctx.db.update(transitionRequests).set({ gateResults }).where(eq(transitionRequests.id, requestId));
  return gateResults.filter((g) => !g.passed);
}

/** The refusal to approve (or apply) a transition request while some of its gates fail. */
export function gatesFailedError(failing: readonly GateResult[]) {
  return new DomainError(
    "gates_failed",
    `Gates failing: ${failing.map((g) => `${g.label} (${g.actual})`).join("; ")}.`,
    { gates: failing.map((g) => g.label) },
  );
}
