import {
  and,
  decisions,
  eq,
  modelVersions,
  pgErrorCode,
  registeredModels,
  transitionRequests,
} from "@modelgate/db";
import { z } from "zod";
import { auditedDenial, authorize, teamRoleOf } from "../access/authorize";
import { roleAtLeast } from "../access/permissions";
import { emitAudit } from "../audit/emit";
import { reauthenticate } from "../auth/reauthenticate";
import { describeChange } from "../constants";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";
import { applyTransition } from "./apply-transition";
import { closeExpired } from "./expire-requests";
import { contentHashOf, gateFacts } from "./facts";
import { evaluateGates, type GateResult } from "./gates";
import type { Policy } from "./policy";
import { gatesFailedError, refreshGates } from "./refresh-gates";
import { loadRequest, type RequestRow, requestClosedError, webhookRequestRef } from "./request-rows";

export const decideInput = z.object({
  requestId: z.string().min(1).max(100),
  decision: z.enum(["approve", "reject"]),
  reason: z.string().trim().max(2000).optional(),
  /** Re-entered by the signer: the decision is an electronic signature. */
  password: z.string().min(1, "Enter your password to sign").max(1024),
});

/**
 * A reviewer approves or rejects a transition request — a decision, an electronic signature: the
 * password is re-entered, and the record keeps the printed name, UTC time, meaning, reason and
 * the hash of the version's content. Nobody decides on their own request (admins included);
 * tokens never decide. The last needed approval applies the transition in the same transaction,
 * exactly once.
 */
export async function decideTransition(ctx: ServiceContext, rawInput: z.input<typeof decideInput>) {
  const input = parseInput(decideInput, rawInput);
  const pre = await loadRequest(ctx, input.requestId);
  await authorize(ctx, "transition.decide", { teamId: pre.teamId, label: "That request" });
  if (ctx.actor.type !== "user") {
    const error = new DomainError("forbidden", "API tokens can never approve or reject.");
    throw await auditedDenial(ctx, error, "transition.decide", pre.teamId, "people_only");
  }
  if (input.decision === "reject" && !input.reason) {
    throw new DomainError("validation_failed", "Say why you reject.", {
      fields: { reason: ["Required to reject"] },
    });
  }
  // A signature re-enters the password (throttled and audited like a login).
  const actor = await reauthenticate(ctx, input.password, { kind: "signature", requestId: pre.id });
  if (input.decision === "approve" && pre.status === "pending" && pre.expiresAt > new Date()) {
    // Gates are re-evaluated now and kept on the request even when they fail (inside the
    // decision transaction a failure would roll the refreshed results back).
    const failing = await refreshGates(ctx, pre.id);
    if (failing.length) throw gatesFailedError(failing);
  }
  if (pre.status === "pending" && pre.expiresAt <= new Date()) {
    await closeExpired(ctx, pre);
    throw new DomainError("request_expired", "This request has expired; ask for a new one.", {
      expiresAt: pre.expiresAt.toISOString(),
    });
  }

  return withTransaction(ctx, async (tx) => {
    const request = await loadRequest(tx, input.requestId, true);
    if (request.status !== "pending") throw requestClosedError(request);
    const policy = request.policy as Policy;
    const refuse = async (message: string, rule: string) =>
      auditedDenial(tx, new DomainError("forbidden", message), "transition.decide", request.teamId, rule);
    if (request.requestedBy === actor.userId)
      throw await refuse("You cannot decide on your own request (four-eyes rule).", "four_eyes");
    const [version] = await tx.db.select().from(modelVersions).where(eq(modelVersions.id, request.versionId));
    if (!policy.registrantMayApprove && version!.createdBy === actor.userId)
      throw await refuse(
        "You registered this version; the policy requires an independent reviewer.",
        "registrant",
      );
    const role = teamRoleOf(tx, request.teamId);
    if (!roleAtLeast(role, policy.minReviewerRole))
      throw await refuse(`The policy requires a ${policy.minReviewerRole} to decide.`, "min_reviewer_role");
    let gateResults = request.gateResults as GateResult[];
    if (input.decision === "approve") {
      const [model] = await tx.db
        .select()
        .from(registeredModels)
        .where(eq(registeredModels.id, request.modelId));
      gateResults = evaluateGates(policy.gates, await gateFacts(tx, model!, version!));
      await tx.db
        .update(transitionRequests)
        .set({ gateResults })
        .where(eq(transitionRequests.id, request.id));
      const failing = gateResults.filter((g) => !g.passed);
      if (failing.length) throw gatesFailedError(failing);
    }
    const meaning = `${input.decision === "approve" ? "Approve" : "Reject"} ${describeChange(request.modelFullName, version!.version, request)}`;
    const versionContentHash = await contentHashOf(tx, request.modelFullName, version!);
    const signedAt = new Date();
    try {
      await tx.db.insert(decisions).values({
        requestId: request.id,
        reviewerId: actor.userId,
        reviewerName: actor.name,
        decision: input.decision,
        meaning,
        reason: input.reason ?? null,
        versionContentHash,
        signedAt,
      });
    } catch (e) {
      if (pgErrorCode(e) === "23505")
        throw new DomainError("already_decided", "You have already decided on this request.");
      throw e;
    }
    await emitAudit(tx, {
      action: input.decision === "approve" ? "transition.approved" : "transition.rejected",
      entityType: "transition_request",
      entityId: request.id,
      teamId: request.teamId,
      modelId: request.modelId,
      reason: input.reason ?? null,
      after: { signer: actor.name, meaning, signedAt: signedAt.toISOString(), versionContentHash },
    });
    await enqueueEvent(tx, {
      type: input.decision === "approve" ? "transition.approved" : "transition.rejected",
      teamId: request.teamId,
      modelId: request.modelId,
      data: {
        model: webhookModelRef(request.modelId, request.modelFullName),
        version: { id: version!.id, number: version!.version },
        request: webhookRequestRef(request, request.modelFullName, version!.version),
        decision: {
          reviewer: actor.name,
          meaning,
          reason: input.reason ?? null,
          signedAt: signedAt.toISOString(),
        },
      },
    });
    let status: RequestRow["status"] = request.status;
    if (input.decision === "reject") {
      await tx.db
        .update(transitionRequests)
        .set({ status: "rejected", statusReason: input.reason, closedAt: signedAt })
        .where(eq(transitionRequests.id, request.id));
      status = "rejected";
    } else {
      const approvals = await tx.db
        .select({ id: decisions.id })
        .from(decisions)
        .where(and(eq(decisions.requestId, request.id), eq(decisions.decision, "approve")));
      if (approvals.length >= policy.requiredApprovals) {
        status = (await applyTransition(tx, { ...request, gateResults }, request.modelFullName)).status;
      }
    }
    return { requestId: request.id, status, meaning, versionContentHash };
  });
}
