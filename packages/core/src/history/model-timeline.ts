import {
  aliasChanges,
  asc,
  decisions,
  desc,
  eq,
  inArray,
  modelVersions,
  type Stage,
  sql,
  stageTransitions,
  transitionRequests,
} from "@modelgate/db";
import type { ServiceContext } from "../context";
import { loadModel } from "../registry/models";

/** A decision (an electronic signature) on the transition request behind a change (21 CFR Part 11 §11.50). */
export interface TimelineSignature {
  reviewerName: string;
  decision: "approve" | "reject";
  /** What the signer declared, e.g. "Approve promotion of fraud/scorer v3 to production". */
  meaning: string;
  reason: string | null;
  signedAt: Date;
  versionContentHash: string;
}

interface TimelineBase {
  /** Unique within the timeline (`stage:<id>`, `alias:<seq>`). */
  id: string;
  at: Date;
  /** The transition request that made the change; null for a direct alias edit. */
  requestId: string | null;
  /** Who asked for the change: the requester of the request, else whoever made it. */
  by: string;
  /** Why: the request's reason (direct alias edits have none). */
  reason: string | null;
  signatures: TimelineSignature[];
}
export interface StageTimelineEntry extends TimelineBase {
  kind: "stage";
  version: number;
  fromStage: Stage;
  toStage: Stage;
  rollback: boolean;
}
export interface AliasTimelineEntry extends TimelineBase {
  kind: "alias";
  alias: string;
  fromVersion: number | null;
  /** Null when the alias was removed. */
  toVersion: number | null;
}
export type TimelineEntry = StageTimelineEntry | AliasTimelineEntry;

const versionNumber = (id: typeof aliasChanges.fromVersionId | typeof aliasChanges.toVersionId) =>
  sql<
    number | null
  >`(select ${modelVersions.version} from ${modelVersions} where ${modelVersions.id} = ${id})`;

/**
 * One model's stage and alias changes merged, newest first, each with who asked, why, and the
 * signatures that approved it; plus the version a rollback would bring back.
 */
export async function modelTimeline(ctx: ServiceContext, ref: { team: string; name: string }) {
  const model = await loadModel(ctx, ref.team, ref.name);
  const [stages, moves] = await Promise.all([
    ctx.db
      .select({
        t: stageTransitions,
        version: modelVersions.version,
        requestedBy: transitionRequests.requestedByName,
        reason: transitionRequests.reason,
      })
      .from(stageTransitions)
      .innerJoin(modelVersions, eq(modelVersions.id, stageTransitions.versionId))
      .leftJoin(transitionRequests, eq(transitionRequests.id, stageTransitions.requestId))
      .where(eq(stageTransitions.modelId, model.id))
      .orderBy(desc(stageTransitions.seq)),
    ctx.db
      .select({
        c: aliasChanges,
        fromVersion: versionNumber(aliasChanges.fromVersionId),
        toVersion: versionNumber(aliasChanges.toVersionId),
        requestedBy: transitionRequests.requestedByName,
        reason: transitionRequests.reason,
      })
      .from(aliasChanges)
      .leftJoin(transitionRequests, eq(transitionRequests.id, aliasChanges.requestId))
      .where(eq(aliasChanges.modelId, model.id))
      .orderBy(desc(aliasChanges.seq)),
  ]);
  const requestIds = [
    ...new Set(
      [...stages.map((s) => s.t.requestId), ...moves.map((m) => m.c.requestId)].filter(
        (id): id is string => id !== null,
      ),
    ),
  ];
  const signed = requestIds.length
    ? await ctx.db
        .select()
        .from(decisions)
        .where(inArray(decisions.requestId, requestIds))
        .orderBy(asc(decisions.signedAt))
    : [];
  const signaturesOf = (requestId: string | null): TimelineSignature[] =>
    signed
      .filter((d) => d.requestId === requestId)
      .map((d) => ({
        reviewerName: d.reviewerName,
        decision: d.decision,
        meaning: d.meaning,
        reason: d.reason,
        signedAt: d.signedAt,
        versionContentHash: d.versionContentHash,
      }));

  const stageEntries: StageTimelineEntry[] = stages.map((s) => ({
    kind: "stage",
    id: `stage:${s.t.id}`,
    at: s.t.at,
    version: s.version,
    fromStage: s.t.fromStage,
    toStage: s.t.toStage,
    rollback: s.t.rollback,
    requestId: s.t.requestId,
    by: s.requestedBy ?? "—",
    reason: s.reason,
    signatures: signaturesOf(s.t.requestId),
  }));
  const aliasEntries: AliasTimelineEntry[] = moves.map((m) => ({
    kind: "alias",
    id: `alias:${m.c.seq}`,
    at: m.c.at,
    alias: m.c.alias,
    fromVersion: m.fromVersion === null ? null : Number(m.fromVersion),
    toVersion: m.toVersion === null ? null : Number(m.toVersion),
    requestId: m.c.requestId,
    by: m.requestedBy ?? m.c.actorName,
    reason: m.reason,
    signatures: signaturesOf(m.c.requestId),
  }));
  // Newest first. One approved transition request changes stages and then champion at the same instant:
  // the alias move (made last) shows first. The sort is stable and each list is newest first.
  const entries: TimelineEntry[] = [...aliasEntries, ...stageEntries].sort(
    (x, y) => y.at.getTime() - x.at.getTime(),
  );

  const current = stageEntries.find((h) => h.toStage === "production");
  const previous = stageEntries.find((h) => h.fromStage === "production" && h.version !== current?.version);
  return {
    model: model.fullName,
    entries,
    /** The earlier production version a rollback would bring back, if any. */
    rollbackCandidate: previous?.version ?? null,
  };
}
