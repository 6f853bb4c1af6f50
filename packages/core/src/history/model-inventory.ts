import {
  aliases,
  and,
  asc,
  decisions,
  desc,
  eq,
  inArray,
  modelVersions,
  registeredModels,
  type SQL,
  type Stage,
  sql,
  teams,
  transitionRequests,
  users,
} from "@modelgate/db";
import { readableTeamIds } from "../access/authorize";
import type { GateResult } from "../approvals/gates";
import { describeChange } from "../constants";
import type { ServiceContext } from "../context";
import { requireReader } from "./production-as-of";

export interface InventoryGate {
  label: string;
  passed: boolean;
  actual: string;
  required: string;
}

/** One row of the model inventory (SR 11-7): what the model is, what runs, who approved it, on what evidence. */
export interface InventoryRow {
  modelId: string;
  team: string;
  teamName: string;
  name: string;
  fullName: string;
  archived: boolean;
  /** Who registered the model. */
  owner: string | null;
  /** The version `champion` points at (the production version) and its stage. */
  championVersion: number | null;
  championStage: Stage | null;
  latestVersion: number | null;
  /** The last applied transition request and the signatures that approved it. */
  lastApproval: {
    requestId: string;
    change: string;
    appliedAt: Date;
    approvers: { name: string; signedAt: Date }[];
  } | null;
  /** The gate results kept on the last applied request to production: the validation evidence. */
  lastValidation: {
    requestId: string;
    version: number;
    appliedAt: Date;
    /** Exactly as at request time. */
    gatesAtRequest: InventoryGate[];
    /** As re-evaluated at the last approval. */
    gatesAtApproval: InventoryGate[];
  } | null;
  createdAt: Date;
  updatedAt: Date;
}

const gates = (list: unknown): InventoryGate[] =>
  ((list ?? []) as GateResult[]).map((g) => ({
    label: g.label,
    passed: g.passed,
    actual: g.actual,
    required: g.required,
  }));

/**
 * The model inventory: every model the actor may read, archived ones included, with its owning
 * team, current champion, latest version, last approval and last validation evidence. Set-based
 * (DISTINCT ON per model), so it stays one round trip at any number of models.
 */
export async function modelInventory(ctx: ServiceContext): Promise<InventoryRow[]> {
  requireReader(ctx);
  const readable = readableTeamIds(ctx);
  if (readable !== "all" && readable.length === 0) return [];
  const scope: SQL | undefined = readable === "all" ? undefined : inArray(registeredModels.teamId, readable);
  const scopedModels = ctx.db.select({ id: registeredModels.id }).from(registeredModels).where(scope);

  // The last applied request per model; narrow rows, so the DISTINCT ON sort stays in memory
  // (the gate results are fetched for the winners only).
  const applied = (toProduction: boolean, name: string) =>
    ctx.db.$with(name).as(
      ctx.db
        .selectDistinctOn([transitionRequests.modelId], {
          modelId: sql<string>`${transitionRequests.modelId}`.as(`${name}_model_id`),
          requestId: sql<string>`${transitionRequests.id}`.as(`${name}_request_id`),
          kind: transitionRequests.kind,
          toStage: transitionRequests.toStage,
          alias: transitionRequests.alias,
          closedAt: sql<Date>`${transitionRequests.closedAt}`.as(`${name}_closed_at`),
          version: sql<number>`${modelVersions.version}`.as(`${name}_version`),
        })
        .from(transitionRequests)
        .innerJoin(modelVersions, eq(modelVersions.id, transitionRequests.versionId))
        .where(
          and(
            eq(transitionRequests.status, "applied"),
            toProduction ? eq(transitionRequests.toStage, "production") : undefined,
            inArray(transitionRequests.modelId, scopedModels),
          ),
        )
        .orderBy(
          transitionRequests.modelId,
          desc(transitionRequests.closedAt),
          desc(transitionRequests.createdAt),
        ),
    );
  const lastApplied = applied(false, "last_applied");
  const lastProduction = applied(true, "last_production");
  const evidence = ctx.db.$with("evidence").as(
    ctx.db
      .select({
        modelId: sql<string>`${lastProduction.modelId}`.as("evidence_model_id"),
        requestId: sql<string>`${lastProduction.requestId}`.as("evidence_request_id"),
        closedAt: sql<Date>`${lastProduction.closedAt}`.as("evidence_closed_at"),
        version: sql<number>`${lastProduction.version}`.as("evidence_version"),
        gateResults: transitionRequests.gateResults,
        gateResultsAtRequest: transitionRequests.gateResultsAtRequest,
      })
      .from(lastProduction)
      .innerJoin(transitionRequests, eq(transitionRequests.id, lastProduction.requestId)),
  );
  const approvers = ctx.db.$with("approvers").as(
    ctx.db
      .select({
        requestId: sql<string>`${decisions.requestId}`.as("approvers_request_id"),
        list: sql<
          { name: string; signedAt: string }[]
        >`jsonb_agg(jsonb_build_object('name', ${decisions.reviewerName}, 'signedAt', ${decisions.signedAt}) order by ${decisions.signedAt})`.as(
          "approvers_list",
        ),
      })
      .from(decisions)
      .where(
        and(
          eq(decisions.decision, "approve"),
          inArray(decisions.requestId, ctx.db.select({ id: lastApplied.requestId }).from(lastApplied)),
        ),
      )
      .groupBy(decisions.requestId),
  );
  const champion = ctx.db.$with("champion").as(
    ctx.db
      .select({
        modelId: sql<string>`${aliases.modelId}`.as("champion_model_id"),
        version: sql<number>`${modelVersions.version}`.as("champion_version"),
        stage: sql<Stage>`${modelVersions.stage}`.as("champion_stage"),
      })
      .from(aliases)
      .innerJoin(modelVersions, eq(modelVersions.id, aliases.versionId))
      .where(and(eq(aliases.name, "champion"), inArray(aliases.modelId, scopedModels))),
  );

  const at = (s: SQL.Aliased<Date> | SQL<unknown>) =>
    sql<Date | null>`${s}`.mapWith(registeredModels.createdAt);
  const rows = await ctx.db
    .with(lastApplied, lastProduction, evidence, approvers, champion)
    .select({
      model: {
        id: registeredModels.id,
        name: registeredModels.name,
        archived: registeredModels.archived,
        latestVersion: registeredModels.latestVersion,
        createdAt: registeredModels.createdAt,
        updatedAt: registeredModels.updatedAt,
      },
      team: teams.slug,
      teamName: teams.name,
      owner: users.name,
      championVersion: champion.version,
      championStage: champion.stage,
      applied: {
        requestId: lastApplied.requestId,
        kind: lastApplied.kind,
        toStage: lastApplied.toStage,
        alias: lastApplied.alias,
        closedAt: at(lastApplied.closedAt),
        version: lastApplied.version,
      },
      approvers: approvers.list,
      production: {
        requestId: evidence.requestId,
        closedAt: at(evidence.closedAt),
        version: evidence.version,
        gateResults: evidence.gateResults,
        gateResultsAtRequest: evidence.gateResultsAtRequest,
      },
    })
    .from(registeredModels)
    .innerJoin(teams, eq(teams.id, registeredModels.teamId))
    .leftJoin(users, eq(users.id, registeredModels.createdBy))
    .leftJoin(champion, eq(champion.modelId, registeredModels.id))
    .leftJoin(lastApplied, eq(lastApplied.modelId, registeredModels.id))
    .leftJoin(approvers, eq(approvers.requestId, lastApplied.requestId))
    .leftJoin(evidence, eq(evidence.modelId, registeredModels.id))
    .where(scope)
    .orderBy(asc(teams.slug), asc(registeredModels.name));

  return rows.map((r) => {
    const fullName = `${r.team}/${r.model.name}`;
    const a = r.applied;
    const p = r.production;
    return {
      modelId: r.model.id,
      team: r.team,
      teamName: r.teamName,
      name: r.model.name,
      fullName,
      archived: r.model.archived,
      owner: r.owner,
      championVersion: r.championVersion === null ? null : Number(r.championVersion),
      championStage: r.championStage,
      latestVersion: r.model.latestVersion > 0 ? r.model.latestVersion : null,
      lastApproval:
        a?.requestId && a.closedAt
          ? {
              requestId: a.requestId,
              change: describeChange(fullName, Number(a.version), {
                kind: a.kind!,
                toStage: a.toStage,
                alias: a.alias,
              }),
              appliedAt: a.closedAt,
              approvers: (r.approvers ?? []).map((x) => ({ name: x.name, signedAt: new Date(x.signedAt) })),
            }
          : null,
      lastValidation:
        p?.requestId && p.closedAt
          ? {
              requestId: p.requestId,
              version: Number(p.version),
              appliedAt: p.closedAt,
              gatesAtRequest: gates(p.gateResultsAtRequest ?? p.gateResults),
              gatesAtApproval: gates(p.gateResults),
            }
          : null,
      createdAt: r.model.createdAt,
      updatedAt: r.model.updatedAt,
    };
  });
}
