import {
  and,
  asc,
  comments,
  decisions,
  desc,
  eq,
  gt,
  inArray,
  modelVersions,
  ne,
  registeredModels,
  type SQL,
  sql,
  teams,
  transitionRequests,
} from "@modelgate/db";
import { z } from "zod";
import { authorize, readableTeamIds, teamRoleOf } from "../access/authorize";
import { roleAtLeast } from "../access/permissions";
import { emitAudit } from "../audit/emit";
import { compareLoaded, type VersionComparison } from "../compare/service";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { loadModel } from "../registry/models";
import { loadVersion } from "../registry/versions";
import { parseInput } from "../validation";
import { enqueueEvent, webhookModelRef, webhookModelRefById } from "../webhooks/outbox";
import { gateFacts, productionVersion } from "./facts";
import { evaluateGates, type GateResult } from "./gates";
import type { Policy } from "./policy";

export const listRequestsInput = z.object({
  view: z.enum(["waiting", "mine", "open", "all"]).default("open"),
  model: z.object({ team: z.string(), name: z.string() }).optional(),
  limit: z.number().int().min(1).max(200).default(100),
});

/**
 * The approvals inbox: requests waiting for my review (pending, in teams where I review, not
 * mine, not yet decided by me), my requests, open requests of my teams, or everything readable.
 */
export async function listRequests(ctx: ServiceContext, rawInput: z.input<typeof listRequestsInput> = {}) {
  const input = parseInput(listRequestsInput, rawInput);
  const readable = readableTeamIds(ctx);
  if (readable !== "all" && readable.length === 0) return [];
  const a = ctx.actor;
  const me = a.type === "user" || a.type === "token" ? a.userId : null;
  const where: (SQL | undefined)[] = [];
  if (readable !== "all") where.push(inArray(transitionRequests.teamId, readable));
  if (input.model) {
    const model = await loadModel(ctx, input.model.team, input.model.name);
    where.push(eq(transitionRequests.modelId, model.id));
  }
  if (input.view === "mine") where.push(me ? eq(transitionRequests.requestedBy, me) : sql`false`);
  if (input.view === "open" || input.view === "waiting") {
    // Past expiry they are no longer open, even before the sweep marks them.
    where.push(eq(transitionRequests.status, "pending"), gt(transitionRequests.expiresAt, new Date()));
  }
  if (input.view === "waiting") {
    if (!me || a.type !== "user") return [];
    const reviewTeams = Object.entries(a.teamRoles)
      .filter(([, r]) => roleAtLeast(r, "reviewer"))
      .map(([t]) => t);
    if (reviewTeams.length === 0) return [];
    where.push(inArray(transitionRequests.teamId, reviewTeams), ne(transitionRequests.requestedBy, me));
    where.push(
      sql`not exists (select 1 from ${decisions} where ${decisions.requestId} = ${transitionRequests.id} and ${decisions.reviewerId} = ${me})`,
    );
  }
  const rows = await ctx.db
    .select({
      request: transitionRequests,
      modelName: registeredModels.name,
      teamSlug: teams.slug,
      version: modelVersions.version,
      versionCreatedBy: modelVersions.createdBy,
      approvals: sql<number>`(select count(*)::int from ${decisions} where ${decisions.requestId} = ${transitionRequests.id} and ${decisions.decision} = 'approve')`,
    })
    .from(transitionRequests)
    .innerJoin(registeredModels, eq(registeredModels.id, transitionRequests.modelId))
    .innerJoin(teams, eq(teams.id, transitionRequests.teamId))
    .innerJoin(modelVersions, eq(modelVersions.id, transitionRequests.versionId))
    .where(and(...where))
    .orderBy(desc(transitionRequests.createdAt))
    .limit(input.limit);
  const now = new Date();
  const myRole = (teamId: string) => teamRoleOf(ctx, teamId);
  // "Waiting for me" means I could sign it now: the policy's role and independence rules apply.
  const visible =
    input.view === "waiting"
      ? rows.filter((r) => {
          const policy = r.request.policy as Policy;
          return (
            roleAtLeast(myRole(r.request.teamId), policy.minReviewerRole) &&
            (policy.registrantMayApprove || r.versionCreatedBy !== me)
          );
        })
      : rows;
  const result = visible.map((r) => {
    const policy = r.request.policy as Policy;
    const gates = r.request.gateResults as GateResult[];
    return {
      id: r.request.id,
      model: `${r.teamSlug}/${r.modelName}`,
      team: r.teamSlug,
      version: r.version,
      kind: r.request.kind,
      fromStage: r.request.fromStage,
      toStage: r.request.toStage,
      alias: r.request.alias,
      reason: r.request.reason,
      requestedBy: r.request.requestedByName,
      requestedById: r.request.requestedBy,
      status:
        r.request.status === "pending" && r.request.expiresAt <= now
          ? ("expired" as const)
          : r.request.status,
      approvals: Number(r.approvals),
      requiredApprovals: policy.requiredApprovals,
      gatesPassing: gates.filter((g) => g.passed).length,
      gatesTotal: gates.length,
      createdAt: r.request.createdAt,
      expiresAt: r.request.expiresAt,
    };
  });
  return result;
}

/** One request with everything a reviewer needs, and what the caller may do with it. */
export async function getRequest(ctx: ServiceContext, requestId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(requestId)) throw new DomainError("not_found", "That request was not found.");
  const [row] = await ctx.db
    .select({
      request: transitionRequests,
      model: registeredModels,
      teamSlug: teams.slug,
      version: modelVersions,
    })
    .from(transitionRequests)
    .innerJoin(registeredModels, eq(registeredModels.id, transitionRequests.modelId))
    .innerJoin(teams, eq(teams.id, transitionRequests.teamId))
    .innerJoin(modelVersions, eq(modelVersions.id, transitionRequests.versionId))
    .where(eq(transitionRequests.id, requestId));
  if (!row) throw new DomainError("not_found", "That request was not found.");
  await authorize(ctx, "model.read", { teamId: row.request.teamId, label: "That request" });
  const [signatures, thread] = await Promise.all([
    ctx.db
      .select()
      .from(decisions)
      .where(eq(decisions.requestId, requestId))
      .orderBy(asc(decisions.signedAt)),
    ctx.db.select().from(comments).where(eq(comments.requestId, requestId)).orderBy(asc(comments.createdAt)),
  ]);
  const r = row.request;
  const policy = r.policy as Policy;
  // A pending request shows its gates as they stand now (the snapshot is kept on the request).
  const gates =
    r.status === "pending"
      ? evaluateGates(policy.gates, await gateFacts(ctx, row.model, row.version))
      : (r.gateResults as GateResult[]);
  // Evidence: the champion comparison kept from request time, and — while the request is open —
  // the same comparison now, flagged when it no longer matches what the requester saw.
  const comparisonAtRequest = (r.comparisonAtRequest as VersionComparison | null) ?? null;
  let comparisonNow: VersionComparison | null = null;
  if (r.status === "pending") {
    const champion = await productionVersion(ctx, r.modelId);
    if (champion && champion.id !== row.version.id)
      comparisonNow = await compareLoaded(
        ctx,
        { ...row.model, fullName: `${row.teamSlug}/${row.model.name}` },
        champion,
        row.version,
        "champion vs this version",
      );
  }
  const a = ctx.actor;
  const me = a.type === "user" ? a.userId : null;
  const expired = r.status === "pending" && r.expiresAt <= new Date();
  const role = teamRoleOf(ctx, r.teamId);
  const why = (() => {
    if (a.type !== "user") return "Only signed-in reviewers decide.";
    if (r.status !== "pending" || expired) return `This request is ${expired ? "expired" : r.status}.`;
    if (r.requestedBy === me) return "You made this request; someone else must review it (four-eyes rule).";
    if (!roleAtLeast(role, policy.minReviewerRole))
      return `Deciding needs the ${policy.minReviewerRole} role in this team.`;
    if (!policy.registrantMayApprove && row.version.createdBy === me)
      return "You registered this version; an independent reviewer must decide.";
    if (signatures.some((s) => s.reviewerId === me)) return "You have already signed this request.";
    return null;
  })();
  return {
    ...r,
    status: expired ? ("expired" as const) : r.status,
    model: `${row.teamSlug}/${row.model.name}`,
    team: row.teamSlug,
    modelName: row.model.name,
    version: row.version,
    policy,
    gateResults: gates,
    comparisonAtRequest,
    comparisonNow,
    comparisonChanged: comparisonNow !== null && !sameEvidence(comparisonAtRequest, comparisonNow),
    decisions: signatures,
    comments: thread,
    approvals: signatures.filter((s) => s.decision === "approve").length,
    /** null when the caller may decide now; else the reason they may not (for the UI). */
    cannotDecideBecause: why,
    canApprove: why === null && gates.every((g) => g.passed),
    canCancel:
      r.status === "pending" && !expired && (r.requestedBy === me || roleAtLeast(role, "maintainer")),
  };
}

/** Whether two comparisons show the same versions and values (their timestamps aside). */
function sameEvidence(a: VersionComparison | null, b: VersionComparison) {
  if (!a) return false;
  const key = (c: VersionComparison) =>
    JSON.stringify([
      c.baseline.id,
      c.candidate.id,
      c.metrics.map((m) => [m.key, m.baseline, m.candidate, m.direction]),
    ]);
  return key(a) === key(b);
}

export const addCommentInput = z.object({
  body: z.string().trim().min(1, "Write something").max(10_000),
  parentId: z.uuid().optional(),
});

/** Comment on a request or a version (markdown, rendered sanitized). Audited. */
export async function addComment(
  ctx: ServiceContext,
  target: { requestId: string } | { team: string; name: string; version: number },
  rawInput: z.input<typeof addCommentInput>,
) {
  const input = parseInput(addCommentInput, rawInput);
  const a = ctx.actor;
  if (a.type !== "user" && a.type !== "token") throw new DomainError("forbidden", "Sign in to comment.");
  let teamId: string;
  let modelId: string;
  let requestId: string | null = null;
  let versionId: string | null = null;
  let eventModel: { id: string; fullName: string } | null = null;
  let eventVersion: { id: string; number: number } | null = null;
  if ("requestId" in target) {
    const [r] = /^[0-9a-f-]{36}$/i.test(target.requestId)
      ? await ctx.db.select().from(transitionRequests).where(eq(transitionRequests.id, target.requestId))
      : [];
    if (!r) throw new DomainError("not_found", "That request was not found.");
    teamId = r.teamId;
    modelId = r.modelId;
    requestId = r.id;
    await authorize(ctx, "comment.create", { teamId, label: "That request" });
  } else {
    const { model, version } = await loadVersion(ctx, target, "comment.create");
    teamId = model.teamId;
    modelId = model.id;
    versionId = version.id;
    eventModel = model;
    eventVersion = { id: version.id, number: version.version };
  }
  return withTransaction(ctx, async (tx) => {
    if (input.parentId) {
      const [parent] = await tx.db.select().from(comments).where(eq(comments.id, input.parentId));
      if (!parent || parent.requestId !== requestId || parent.versionId !== versionId) {
        throw new DomainError("validation_failed", "You can only reply to a comment in the same thread.", {
          fields: { parentId: ["Not in this thread"] },
        });
      }
    }
    const [comment] = await tx.db
      .insert(comments)
      .values({
        teamId,
        requestId,
        versionId,
        parentId: input.parentId ?? null,
        authorId: a.userId,
        authorName: a.name,
        body: input.body,
      })
      .returning();
    await emitAudit(tx, {
      action: "comment.created",
      entityType: "comment",
      entityId: comment!.id,
      teamId,
      modelId,
      after: { requestId, versionId, parentId: input.parentId ?? null, body: input.body },
    });
    await enqueueEvent(tx, {
      type: "comment.created",
      teamId,
      modelId,
      data: {
        model: eventModel
          ? webhookModelRef(eventModel.id, eventModel.fullName)
          : await webhookModelRefById(tx, modelId),
        comment: { id: comment!.id, body: input.body, author: a.name, parentId: input.parentId ?? null },
        version: eventVersion,
        requestId,
      },
    });
    return comment!;
  });
}

export async function listVersionComments(
  ctx: ServiceContext,
  ref: { team: string; name: string; version: number },
) {
  const { version } = await loadVersion(ctx, ref);
  return ctx.db
    .select()
    .from(comments)
    .where(eq(comments.versionId, version.id))
    .orderBy(asc(comments.createdAt));
}
