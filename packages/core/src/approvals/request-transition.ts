import {
  and,
  eq,
  modelVersions,
  type PolicyTarget,
  pgErrorCode,
  sql,
  stageTransitions,
  transitionRequests,
} from "@modelgate/db";
import { z } from "zod";
import { auditedDenial } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { compareLoaded } from "../compare/service";
import { describeChange } from "../constants";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { loadModel } from "../registry/models";
import { ALIAS_PATTERN, ALWAYS_PROTECTED_ALIASES } from "../registry/refs";
import { parseInput } from "../validation";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";
import { applyTransition } from "./apply-transition";
import { aliasTarget, gateFacts, productionVersion } from "./facts";
import { evaluateGates, isMetricGate } from "./gates";
import { effectivePolicy } from "./policies";
import { lockModelRow, type Premise, type RequestRow, webhookRequestRef } from "./request-rows";
import { assertTransition } from "./stage-machine";

const transitionChange = {
  toStage: z.enum(["staging", "production", "archived"]).optional(),
  alias: z.string().regex(ALIAS_PATTERN).optional(),
  rollback: z.boolean().default(false),
  archivePrevious: z.boolean().default(true),
  reason: z.string().trim().min(1, "Say why").max(2000),
};
const oneChange = (i: { toStage?: string; alias?: string; rollback: boolean }) =>
  [Boolean(i.toStage), Boolean(i.alias), i.rollback].filter(Boolean).length === 1;
const oneChangeRule = {
  message: "Request exactly one of: a stage, an alias move, or a rollback",
  path: ["toStage"],
};

/** What a transition request asks for (the version is named by the API's path). */
export const transitionRequestBody = z.object(transitionChange).refine(oneChange, oneChangeRule);

export const requestTransitionInput = z
  .object({
    team: z.string().min(1).max(40),
    name: z.string().min(1).max(100),
    version: z.number().int().min(1),
    ...transitionChange,
  })
  .refine(oneChange, oneChangeRule);

async function requireUser(ctx: ServiceContext, teamId: string) {
  const a = ctx.actor;
  if (a.type === "user" || a.type === "token") return a;
  const error = new DomainError("forbidden", "Only people and their API tokens can request transitions.");
  throw await auditedDenial(ctx, error, "transition.request", teamId, "people_only");
}

/** The open transition request for the same change (version, kind, stage or alias), if any. */
async function openRequestFor(
  tx: ServiceContext,
  change: Pick<RequestRow, "versionId" | "kind" | "toStage" | "alias">,
): Promise<string | undefined> {
  const [open] = await tx.db
    .select({ id: transitionRequests.id })
    .from(transitionRequests)
    .where(
      and(
        eq(transitionRequests.versionId, change.versionId),
        eq(transitionRequests.kind, change.kind),
        sql`coalesce(${transitionRequests.toStage}, '') = ${change.toStage ?? ""}`,
        sql`coalesce(${transitionRequests.alias}, '') = ${change.alias ?? ""}`,
        eq(transitionRequests.status, "pending"),
      ),
    )
    .limit(1);
  return open?.id;
}

function duplicateRequest(requestId: string | undefined) {
  return new DomainError(
    "duplicate_request",
    "There is already an open request for this change.",
    requestId ? { requestId } : undefined,
  );
}

/**
 * A contributor (or a CI token) asks to move a version to a stage, to roll back, or to move a
 * protected alias: a transition request. The policy and gate results are stored with the request
 * as they were then. With a policy needing no approval and passing gates, it is applied at once.
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
        "version_not_ready",
        `Version ${input.version} is ${version.status}; only ready versions move.`,
        { status: version.status },
      );

    let kind: "stage" | "alias" | "rollback" = "stage";
    let target: PolicyTarget;
    let aliasVersionId: string | null | undefined;
    if (input.alias) {
      if ((ALWAYS_PROTECTED_ALIASES as readonly string[]).includes(input.alias)) {
        throw new DomainError(
          "alias_protected",
          "champion follows the production version: request a promotion to production instead.",
          { alias: input.alias },
        );
      }
      const current = await aliasTarget(tx, model.id, input.alias);
      if (!current?.protected)
        throw new DomainError(
          "alias_not_protected",
          `Alias ${input.alias} is not protected; set it directly.`,
          {
            alias: input.alias,
          },
        );
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
          "invalid_transition",
          `v${input.version} was never in production; promote it instead of rolling back.`,
          { from: version.stage, to: "production", rollback: true },
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
    const change = {
      versionId: version.id,
      kind,
      toStage: kind === "alias" ? null : kind === "rollback" ? ("production" as const) : input.toStage!,
      alias: input.alias ?? null,
    };
    // One open request per change (a unique index says so too); under the model's row lock this
    // finds it, so the refusal can say which request it is.
    const open = await openRequestFor(tx, change);
    if (open) throw duplicateRequest(open);
    const now = new Date();
    let request: RequestRow;
    try {
      [request] = (await tx.db
        .insert(transitionRequests)
        .values({
          teamId: model.teamId,
          modelId: model.id,
          ...change,
          fromStage: version.stage,
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
      if (pgErrorCode(e) === "23505") throw duplicateRequest(undefined);
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
      request = await applyTransition(tx, request, model.fullName);
    }
    return { ...request, model: model.fullName, version: version.version, gateResults };
  });
}
