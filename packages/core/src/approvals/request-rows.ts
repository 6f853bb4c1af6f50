import { eq, registeredModels, type Stage, teams, transitionRequests } from "@modelgate/db";
import { describeChange } from "../constants";
import type { ServiceContext } from "../context";
import { DomainError } from "../errors";

/** Helpers shared by the transition-request services (request, decide, apply, cancel, expire). */

export type RequestRow = typeof transitionRequests.$inferSelect;

/** What a transition request assumed when it was made; applying it re-checks each part. */
export interface Premise {
  versionStage: Stage;
  championVersionId: string | null;
  aliasVersionId?: string | null;
}

/** A transition request as webhook events describe it. */
export function webhookRequestRef(r: RequestRow, modelFullName: string, versionNumber: number) {
  return {
    id: r.id,
    kind: r.kind,
    fromStage: r.fromStage,
    toStage: r.toStage,
    alias: r.alias,
    reason: r.reason,
    requestedBy: r.requestedByName,
    change: describeChange(modelFullName, versionNumber, r),
  };
}

/** Locks the model row: transition requests of one model are made and applied one at a time. */
export async function lockModelRow(ctx: ServiceContext, modelId: string) {
  const [m] = await ctx.db
    .select()
    .from(registeredModels)
    .where(eq(registeredModels.id, modelId))
    .for("update");
  return m!;
}

/** A transition request with its model's full name and card; `forUpdate` locks the request row. */
export async function loadRequest(ctx: ServiceContext, requestId: string, forUpdate = false) {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) throw new DomainError("not_found", "That request was not found.");
  const q = ctx.db
    .select({
      request: transitionRequests,
      modelName: registeredModels.name,
      modelCard: registeredModels.modelCard,
      teamSlug: teams.slug,
    })
    .from(transitionRequests)
    .innerJoin(registeredModels, eq(registeredModels.id, transitionRequests.modelId))
    .innerJoin(teams, eq(teams.id, transitionRequests.teamId))
    .where(eq(transitionRequests.id, requestId));
  const [row] = forUpdate ? await q.for("update", { of: transitionRequests }) : await q;
  if (!row) throw new DomainError("not_found", "That request was not found.");
  return { ...row.request, modelFullName: `${row.teamSlug}/${row.modelName}`, modelCard: row.modelCard };
}

/** The refusal of a decision or cancellation on a transition request that is no longer pending. */
export function requestClosedError(request: Pick<RequestRow, "status">) {
  return new DomainError("request_decided", `This request is already ${request.status}.`, {
    status: request.status,
  });
}
