import {
  aliases,
  and,
  decisions,
  eq,
  lte,
  modelVersions,
  type PolicyTarget,
  pgErrorCode,
  registeredModels,
  type Stage,
  stageTransitions,
  teams,
  transitionRequests,
  users,
} from "@modelgate/db";
import { z } from "zod";
import { auditedDenial, authorize, teamRoleOf } from "../access/authorize";
import { roleAtLeast } from "../access/permissions";
import { emitAudit } from "../audit/emit";
import { normalizeEmail, passwordThrottleWait, recordPasswordFailure } from "../auth/login";
import { verifyPassword } from "../auth/passwords";
import { compareLoaded } from "../compare/service";
import { describeChange } from "../constants";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError, RateLimitedError } from "../errors";
import { recordAliasChange } from "../history/alias-changes";
import { loadModel } from "../registry/models";
import { ALIAS_PATTERN, ALWAYS_PROTECTED_ALIASES } from "../registry/refs";
import { parseInput } from "../validation";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";
import { aliasTarget, contentHashOf, gateFacts, productionVersion } from "./facts";
import { evaluateGates, type GateResult, isMetricGate } from "./gates";
import { effectivePolicy } from "./policies";
import type { Policy } from "./policy";
import { assertTransition } from "./stage-machine";

type RequestRow = typeof transitionRequests.$inferSelect;
/** A request as webhook events describe it. */
function webhookRequestRef(r: RequestRow, modelFullName: string, versionNumber: number) {
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

interface Premise {
  versionStage: Stage;
  championVersionId: string | null;
  aliasVersionId?: string | null;
}

export const requestTransitionInput = z
  .object({
    team: z.string().min(1).max(40),
    name: z.string().min(1).max(100),
    version: z.number().int().min(1),
    toStage: z.enum(["staging", "production", "archived"]).optional(),
    alias: z.string().regex(ALIAS_PATTERN).optional(),
    rollback: z.boolean().default(false),
    archivePrevious: z.boolean().default(true),
    reason: z.string().trim().min(1, "Say why").max(2000),
  })
  .refine((i) => [Boolean(i.toStage), Boolean(i.alias), i.rollback].filter(Boolean).length === 1, {
    message: "Request exactly one of: a stage, an alias move, or a rollback",
    path: ["toStage"],
  });

async function requireUser(ctx: ServiceContext, teamId: string) {
  const a = ctx.actor;
  if (a.type === "user" || a.type === "token") return a;
  const error = new DomainError("forbidden", "Only people and their API tokens can request transitions.");
  throw await auditedDenial(ctx, error, "transition.request", teamId, "people_only");
}

async function lockModelRow(ctx: ServiceContext, modelId: string) {
  const [m] = await ctx.db
    .select()
    .from(registeredModels)
    .where(eq(registeredModels.id, modelId))
    .for("update");
  return m!;
}

/**
 * A contributor (or a CI token) asks to move a version to a stage, to roll back, or to move a
 * protected alias. The policy and gate results are stored with the request as they were then.
 * With a policy needing no approval and passing gates, it is applied at once.
 */
export async function requestTransition(
  ctx: ServiceContext,
  rawInput: z.input<typeof requestTransitionInput>,
) {
  const input = parseInput(requestTransitionInput, rawInput);
  const model = await loadModel(ctx, input.team, input.name, "transition.request");
  const actor = await requireUser(ctx, model.teamId);
  return withTransaction(ctx, async (tx) => {
    const locked = await lockModelRow(tx, model.id);
    const [version] = await tx.db
      .select()
      .from(modelVersions)
      .where(and(eq(modelVersions.modelId, model.id), eq(modelVersions.version, input.version)));
    if (!version)
      throw new DomainError("not_found", `Version ${model.fullName}/${input.version} was not found.`);
    if (version.status !== "ready")
      throw new DomainError(
        "conflict",
        `Version ${input.version} is ${version.status}; only ready versions move.`,
      );

    let kind: "stage" | "alias" | "rollback" = "stage";
    let target: PolicyTarget;
    let aliasVersionId: string | null | undefined;
    if (input.alias) {
      if ((ALWAYS_PROTECTED_ALIASES as readonly string[]).includes(input.alias)) {
        throw new DomainError(
          "conflict",
          "champion follows the production version: request a promotion to production instead.",
        );
      }
      const current = await aliasTarget(tx, model.id, input.alias);
      if (!current?.protected)
        throw new DomainError("conflict", `Alias ${input.alias} is not protected; set it directly.`);
      kind = "alias";
      target = "alias";
      aliasVersionId = current.versionId;
    } else if (input.rollback) {
      assertTransition(version.stage, "production", { rollback: true });
      const [wasProduction] = await tx.db
        .select({ id: stageTransitions.id })
        .from(stageTransitions)
        .where(and(eq(stageTransitions.versionId, version.id), eq(stageTransitions.toStage, "production")))
        .limit(1);
      if (!wasProduction)
        throw new DomainError(
          "conflict",
          `v${input.version} was never in production; promote it instead of rolling back.`,
        );
      kind = "rollback";
      target = "rollback";
    } else {
      assertTransition(version.stage, input.toStage!);
      target = input.toStage!;
    }

    const policy = await effectivePolicy(tx, model.teamId, model.id, target);
    const gates = kind === "rollback" ? policy.gates.filter((g) => !isMetricGate(g)) : policy.gates;
    const facts = await gateFacts(tx, locked, version);
    const gateResults = evaluateGates(gates, facts);
    // The champion/challenger evidence as it is now, kept with the request for the reviewers.
    const champion =
      facts.championVersionId === version.id ? undefined : await productionVersion(tx, model.id);
    const comparisonAtRequest = champion
      ? await compareLoaded(
          tx,
          { ...model, primaryMetric: locked.primaryMetric },
          champion,
          version,
          "champion vs this version",
        )
      : null;
    const premise: Premise = {
      versionStage: version.stage,
      championVersionId: facts.championVersionId,
      aliasVersionId,
    };
    const now = new Date();
    let request: RequestRow;
    try {
      [request] = (await tx.db
        .insert(transitionRequests)
        .values({
          teamId: model.teamId,
          modelId: model.id,
          versionId: version.id,
          kind,
          fromStage: version.stage,
          toStage: kind === "alias" ? null : kind === "rollback" ? "production" : input.toStage!,
          alias: input.alias ?? null,
          archivePrevious: input.archivePrevious,
          reason: input.reason,
          requestedBy: actor.userId,
          requestedByName: ctx.actor.name,
          viaTokenId: actor.type === "token" ? actor.tokenId : null,
          policy: { ...policy, gates },
          gateResults,
          gateResultsAtRequest: gateResults,
          comparisonAtRequest,
          premise,
          expiresAt: new Date(now.getTime() + policy.expiryDays * 86_400_000),
          createdAt: now,
        })
        .returning()) as [RequestRow];
    } catch (e) {
      if (pgErrorCode(e) === "23505")
        throw new DomainError("conflict", "There is already an open request for this change.");
      throw e;
    }
    await emitAudit(tx, {
      action: "transition.requested",
      entityType: "transition_request",
      entityId: request.id,
      teamId: model.teamId,
      modelId: model.id,
      reason: input.reason,
      after: {
        change: describeChange(model.fullName, version.version, request),
        kind,
        from: version.stage,
        to: request.toStage,
        alias: request.alias,
        requiredApprovals: policy.requiredApprovals,
        gates: gateResults.map((g) => ({ gate: g.label, passed: g.passed, actual: g.actual })),
      },
    });
    await enqueueEvent(tx, {
      type: "transition.requested",
      teamId: model.teamId,
      modelId: model.id,
      data: {
        model: webhookModelRef(model.id, model.fullName),
        version: { id: version.id, number: version.version },
        request: {
          ...webhookRequestRef(request, model.fullName, version.version),
          requiredApprovals: policy.requiredApprovals,
        },
      },
    });
    if (policy.requiredApprovals === 0 && gateResults.every((g) => g.passed)) {
      request = await applyRequest(tx, request, model.fullName);
    }
    return { ...request, model: model.fullName, version: version.version, gateResults };
  });
}

/**
 * Applies an approved request, in the caller's transaction, under the model's row lock — or marks
 * it superseded if what it assumed no longer holds (another champion, the version moved).
 */
async function applyRequest(
  tx: ServiceContext,
  request: RequestRow,
  modelFullName: string,
): Promise<RequestRow> {
  await lockModelRow(tx, request.modelId);
  const [version] = await tx.db.select().from(modelVersions).where(eq(modelVersions.id, request.versionId));
  const premise = request.premise as Premise;
  const champion = await productionVersion(tx, request.modelId);
  const now = new Date();
  let changed: string | null = null;
  if (version!.stage !== premise.versionStage)
    changed = `v${version!.version} moved to ${version!.stage} meanwhile`;
  else if (request.toStage === "production" && (champion?.id ?? null) !== premise.championVersionId) {
    changed = `the champion changed to v${champion?.version ?? "none"} meanwhile`;
  } else if (request.kind === "alias") {
    const current = await aliasTarget(tx, request.modelId, request.alias!);
    if ((current?.versionId ?? null) !== (premise.aliasVersionId ?? null))
      changed = `alias ${request.alias} moved meanwhile`;
  }
  if (changed) {
    const [row] = await tx.db
      .update(transitionRequests)
      .set({ status: "superseded", statusReason: `Superseded: ${changed}.`, closedAt: now })
      .where(eq(transitionRequests.id, request.id))
      .returning();
    await emitAudit(tx, {
      action: "transition.superseded",
      entityType: "transition_request",
      entityId: request.id,
      teamId: request.teamId,
      modelId: request.modelId,
      reason: changed,
    });
    return row!;
  }

  const actorId = tx.actor.type === "user" || tx.actor.type === "token" ? tx.actor.userId : null;
  const moveStage = async (v: { id: string; version: number }, from: Stage, to: Stage, rollback = false) => {
    await tx.db.update(modelVersions).set({ stage: to, updatedAt: now }).where(eq(modelVersions.id, v.id));
    await tx.db.insert(stageTransitions).values({
      modelId: request.modelId,
      versionId: v.id,
      fromStage: from,
      toStage: to,
      requestId: request.id,
      rollback,
      at: now,
    });
  };
  const moveAlias = async (alias: string, to: { id: string; version: number } | null, protect: boolean) => {
    const current = await aliasTarget(tx, request.modelId, alias);
    const [fromVersion] = current?.versionId
      ? await tx.db
          .select({ version: modelVersions.version })
          .from(modelVersions)
          .where(eq(modelVersions.id, current.versionId))
      : [];
    if (to) {
      await tx.db
        .insert(aliases)
        .values({
          modelId: request.modelId,
          name: alias,
          versionId: to.id,
          protected: protect,
          updatedBy: actorId,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [aliases.modelId, aliases.name],
          set: { versionId: to.id, updatedBy: actorId, updatedAt: now },
        });
    } else if (current) {
      await tx.db.delete(aliases).where(and(eq(aliases.modelId, request.modelId), eq(aliases.name, alias)));
    }
    if (to || current) {
      await recordAliasChange(tx, {
        modelId: request.modelId,
        alias,
        fromVersionId: current?.versionId ?? null,
        toVersionId: to?.id ?? null,
        requestId: request.id,
        at: now,
      });
    }
    await emitAudit(tx, {
      action: "alias.moved",
      entityType: "alias",
      entityId: `${request.modelId}:${alias}`,
      teamId: request.teamId,
      modelId: request.modelId,
      before: { alias, version: fromVersion?.version ?? null },
      after: { model: modelFullName, alias, version: to?.version ?? null, requestId: request.id },
    });
    if ((fromVersion?.version ?? null) !== (to?.version ?? null)) {
      await enqueueEvent(tx, {
        type: "alias.moved",
        teamId: request.teamId,
        modelId: request.modelId,
        data: {
          model: webhookModelRef(request.modelId, modelFullName),
          alias,
          fromVersion: fromVersion?.version ?? null,
          toVersion: to?.version ?? null,
          requestId: request.id,
        },
      });
    }
  };

  const v = version!;
  if (request.kind === "alias") {
    await moveAlias(request.alias!, v, true);
  } else {
    const to = request.toStage!;
    if (to === "production") {
      if (champion && champion.id !== v.id)
        await moveStage(champion, "production", request.archivePrevious ? "archived" : "staging");
      await moveStage(v, v.stage, "production", request.kind === "rollback");
      await moveAlias("champion", v, true);
    } else {
      await moveStage(v, v.stage, to);
      if (v.stage === "production") await moveAlias("champion", null, true);
    }
  }
  const [row] = await tx.db
    .update(transitionRequests)
    .set({ status: "applied", closedAt: now })
    .where(eq(transitionRequests.id, request.id))
    .returning();
  await emitAudit(tx, {
    action: "transition.applied",
    entityType: "transition_request",
    entityId: request.id,
    teamId: request.teamId,
    modelId: request.modelId,
    before: { stage: v.stage },
    after: {
      change: describeChange(modelFullName, v.version, request),
      from: v.stage,
      to: request.toStage,
      alias: request.alias,
      rollback: request.kind === "rollback",
      previousChampion: champion && champion.id !== v.id ? champion.version : null,
    },
  });
  await enqueueEvent(tx, {
    type: "transition.applied",
    teamId: request.teamId,
    modelId: request.modelId,
    data: {
      model: webhookModelRef(request.modelId, modelFullName),
      version: { id: v.id, number: v.version },
      request: webhookRequestRef(request, modelFullName, v.version),
      fromStage: v.stage,
      toStage: request.kind === "alias" ? v.stage : request.toStage!,
      rollback: request.kind === "rollback",
      previousChampion: champion && champion.id !== v.id ? champion.version : null,
    },
  });
  return row!;
}

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

async function loadRequest(ctx: ServiceContext, requestId: string, forUpdate = false) {
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

async function closeExpired(ctx: ServiceContext, request: RequestRow) {
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

export const decideInput = z.object({
  requestId: z.string().min(1).max(100),
  decision: z.enum(["approve", "reject"]),
  reason: z.string().trim().max(2000).optional(),
  /** Re-entered by the signer: the decision is an electronic signature. */
  password: z.string().min(1, "Enter your password to sign").max(1024),
});

/**
 * A reviewer approves or rejects — an electronic signature: the password is re-entered, and the
 * record keeps the printed name, UTC time, meaning, reason and the hash of the version's content.
 * Nobody decides on their own request (admins included); tokens never decide. The last needed
 * approval applies the transition in the same transaction, exactly once.
 */
export async function decideTransition(ctx: ServiceContext, rawInput: z.input<typeof decideInput>) {
  const input = parseInput(decideInput, rawInput);
  const pre = await loadRequest(ctx, input.requestId);
  await authorize(ctx, "transition.decide", { teamId: pre.teamId, label: "That request" });
  if (ctx.actor.type !== "user") {
    const error = new DomainError("forbidden", "API tokens can never approve or reject.");
    throw await auditedDenial(ctx, error, "transition.decide", pre.teamId, "people_only");
  }
  const actor = ctx.actor;
  if (input.decision === "reject" && !input.reason) {
    throw new DomainError("validation_failed", "Say why you reject.", {
      fields: { reason: ["Required to reject"] },
    });
  }
  // A signature re-enters the password: throttled and audited like a login, so it is no
  // side door for guessing passwords.
  const email = normalizeEmail(actor.email);
  const wait = await passwordThrottleWait(ctx, email);
  if (wait > 0) throw new RateLimitedError(`Too many wrong passwords. Try again in ${wait} s.`, wait);
  const [me] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!me?.passwordHash || !(await verifyPassword(me.passwordHash, input.password))) {
    await recordPasswordFailure(ctx, {
      email,
      reason: "wrong_signature_password",
      userId: actor.userId,
      countsTowardsThrottle: true,
      action: "transition.signature_failed",
      entityId: pre.id,
    });
    throw new DomainError("validation_failed", "Wrong password: the decision was not signed.", {
      fields: { password: ["Wrong password"] },
    });
  }
  if (input.decision === "approve" && pre.status === "pending" && pre.expiresAt > new Date()) {
    // Gates are re-evaluated now and kept on the request even when they fail (inside the
    // decision transaction a failure would roll the refreshed results back).
    const failing = await refreshGates(ctx, pre.id);
    if (failing.length) {
      throw new DomainError(
        "conflict",
        `Gates failing: ${failing.map((g) => `${g.label} (${g.actual})`).join("; ")}.`,
        {
          gates: failing.map((g) => g.label),
        },
      );
    }
  }
  if (pre.status === "pending" && pre.expiresAt <= new Date()) {
    await closeExpired(ctx, pre);
    throw new DomainError("conflict", "This request has expired; ask for a new one.");
  }

  return withTransaction(ctx, async (tx) => {
    const request = await loadRequest(tx, input.requestId, true);
    if (request.status !== "pending")
      throw new DomainError("conflict", `This request is already ${request.status}.`);
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
      if (failing.length) {
        throw new DomainError(
          "conflict",
          `Gates failing: ${failing.map((g) => `${g.label} (${g.actual})`).join("; ")}.`,
          {
            gates: failing.map((g) => g.label),
          },
        );
      }
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
        throw new DomainError("conflict", "You have already decided on this request.");
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
        status = (await applyRequest(tx, { ...request, gateResults }, request.modelFullName)).status;
      }
    }
    return { requestId: request.id, status, meaning, versionContentHash };
  });
}

/** The requester (or a maintainer) withdraws a pending request. */
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
    if (request.status !== "pending")
      throw new DomainError("conflict", `This request is already ${request.status}.`);
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
