import { and, eq, lte, transitionRequests } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import type { RequestRow } from "./request-rows";

/** Closes one pending transition request as expired (in a transaction of its own), audited. */
export async function closeExpired(ctx: ServiceContext, request: RequestRow) {
  await withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(transitionRequests)
      .set({ status: "expired", statusReason: "Expired before enough approvals.", closedAt: new Date() })
      .where(and(eq(transitionRequests.id, request.id), eq(transitionRequests.status, "pending")))
      .returning({ id: transitionRequests.id });
    if (row) {
      await emitAudit(tx, {
        action: "transition.expired",
        entityType: "transition_request",
        entityId: request.id,
        teamId: request.teamId,
        modelId: request.modelId,
      });
    }
  });
}

/** Marks every pending request past its expiry as expired (run periodically). */
export async function expireDueRequests(ctx: ServiceContext, now = new Date()) {
  const due = await ctx.db
    .select()
    .from(transitionRequests)
    .where(and(eq(transitionRequests.status, "pending"), lte(transitionRequests.expiresAt, now)));
  let n = 0;
  for (const r of due) {
    await closeExpired(ctx, r);
    n++;
  }
  return n;
}
