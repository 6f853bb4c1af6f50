import { eq, transitionRequests } from "@modelgate/db";
import { z } from "zod";
import { authorize } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { parseInput } from "../validation";
import { loadRequest, requestClosedError } from "./request-rows";

/** The requester (or a maintainer) withdraws a pending transition request. */
export async function cancelTransition(
  ctx: ServiceContext,
  rawInput: { requestId: string; reason?: string },
) {
  const input = parseInput(
    z.object({ requestId: z.string().max(100), reason: z.string().max(2000).optional() }),
    rawInput,
  );
  const pre = await loadRequest(ctx, input.requestId);
  await authorize(ctx, "team.read", { teamId: pre.teamId, label: "That request" });
  const a = ctx.actor;
  const mine = (a.type === "user" || a.type === "token") && a.userId === pre.requestedBy;
  if (!mine) await authorize(ctx, "policy.manage", { teamId: pre.teamId, label: "That request" });
  return withTransaction(ctx, async (tx) => {
    const request = await loadRequest(tx, input.requestId, true);
    if (request.status !== "pending") throw requestClosedError(request);
    await tx.db
      .update(transitionRequests)
      .set({ status: "cancelled", statusReason: input.reason ?? "Cancelled.", closedAt: new Date() })
      .where(eq(transitionRequests.id, request.id));
    await emitAudit(tx, {
      action: "transition.cancelled",
      entityType: "transition_request",
      entityId: request.id,
      teamId: request.teamId,
      modelId: request.modelId,
      reason: input.reason ?? null,
    });
    return { requestId: request.id, status: "cancelled" as const };
  });
}
