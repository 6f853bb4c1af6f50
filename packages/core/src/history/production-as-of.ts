import {
  aliasChanges,
  and,
  asc,
  desc,
  eq,
  inArray,
  lte,
  modelVersions,
  registeredModels,
  type SQL,
  sql,
  stageTransitions,
  teams,
} from "@modelgate/db";
import { z } from "zod";
import { readableTeamIds } from "../access/authorize";
import type { ServiceContext } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";

export interface ProductionAsOfRow {
  modelId: string;
  team: string;
  name: string;
  /** `team/name` */
  fullName: string;
  /** The version in production at that instant; null when none was. */
  productionVersion: number | null;
  /** When that version had entered production. */
  productionSince: Date | null;
  /** Every alias that pointed at a version then, `champion` first, then by name. */
  aliases: { alias: string; version: number }[];
}

/** Signed-in actors only; an anonymous caller is told to sign in rather than shown nothing. */
export function requireReader(ctx: ServiceContext) {
  if (ctx.actor.type === "anonymous")
    throw new DomainError("unauthenticated", "Sign in or send an API token.");
}

/**
 * "What was in production on date X": for every model the actor may read that existed at `at`,
 * the production version and the aliases at that instant, rebuilt from the stage transitions and
 * the alias history (never from the current state). Set-based: three DISTINCT ON passes, however
 * many models there are.
 */
export async function productionAsOf(ctx: ServiceContext, at: Date): Promise<ProductionAsOfRow[]> {
  requireReader(ctx);
  const when = parseInput(z.date({ error: "Pass a valid date and time" }), at);
  const readable = readableTeamIds(ctx);
  if (readable !== "all" && readable.length === 0) return [];
  const scope: SQL[] = [lte(registeredModels.createdAt, when)];
  if (readable !== "all") scope.push(inArray(registeredModels.teamId, readable));
  const inScope = (modelId: typeof stageTransitions.modelId | typeof aliasChanges.modelId) =>
    inArray(
      modelId,
      ctx.db
        .select({ id: registeredModels.id })
        .from(registeredModels)
        .where(and(...scope)),
    );

  // The stage each version was in at `at`: its last transition at or before then (the sequence
  // orders the transitions of one apply, which share a timestamp).
  const lastStage = ctx.db.$with("last_stage").as(
    ctx.db
      .selectDistinctOn([stageTransitions.versionId], {
        modelId: stageTransitions.modelId,
        versionId: stageTransitions.versionId,
        toStage: stageTransitions.toStage,
        since: sql<Date>`${stageTransitions.at}`.as("since"),
      })
      .from(stageTransitions)
      .where(and(lte(stageTransitions.at, when), inScope(stageTransitions.modelId)))
      .orderBy(stageTransitions.versionId, desc(stageTransitions.at), desc(stageTransitions.seq)),
  );
  // One production version per model; were there ever two, the newest wins.
  const production = ctx.db.$with("production").as(
    ctx.db
      .selectDistinctOn([lastStage.modelId], {
        modelId: sql<string>`${lastStage.modelId}`.as("production_model_id"),
        version: sql<number>`${modelVersions.version}`.as("production_version"),
        since: sql<Date>`${lastStage.since}`.as("production_since"),
      })
      .from(lastStage)
      .innerJoin(modelVersions, eq(modelVersions.id, lastStage.versionId))
      .where(eq(lastStage.toStage, "production"))
      .orderBy(lastStage.modelId, desc(modelVersions.version)),
  );
  // Where each alias pointed at `at`: its last change at or before then (null = removed).
  const lastAlias = ctx.db.$with("last_alias").as(
    ctx.db
      .selectDistinctOn([aliasChanges.modelId, aliasChanges.alias], {
        modelId: aliasChanges.modelId,
        alias: aliasChanges.alias,
        toVersionId: aliasChanges.toVersionId,
      })
      .from(aliasChanges)
      .where(and(lte(aliasChanges.at, when), inScope(aliasChanges.modelId)))
      .orderBy(aliasChanges.modelId, aliasChanges.alias, desc(aliasChanges.at), desc(aliasChanges.seq)),
  );
  const aliasSets = ctx.db.$with("alias_sets").as(
    ctx.db
      .select({
        modelId: sql<string>`${lastAlias.modelId}`.as("alias_model_id"),
        aliases: sql<
          { alias: string; version: number }[]
        >`jsonb_agg(jsonb_build_object('alias', ${lastAlias.alias}, 'version', ${modelVersions.version}) order by ${lastAlias.alias} <> 'champion', ${lastAlias.alias})`.as(
          "aliases",
        ),
      })
      .from(lastAlias)
      .innerJoin(modelVersions, eq(modelVersions.id, lastAlias.toVersionId))
      .groupBy(lastAlias.modelId),
  );

  const rows = await ctx.db
    .with(lastStage, production, lastAlias, aliasSets)
    .select({
      modelId: registeredModels.id,
      team: teams.slug,
      name: registeredModels.name,
      productionVersion: production.version,
      productionSince: sql<Date | null>`${production.since}`.mapWith(stageTransitions.at),
      aliases: aliasSets.aliases,
    })
    .from(registeredModels)
    .innerJoin(teams, eq(teams.id, registeredModels.teamId))
    .leftJoin(production, eq(production.modelId, registeredModels.id))
    .leftJoin(aliasSets, eq(aliasSets.modelId, registeredModels.id))
    .where(and(...scope))
    .orderBy(asc(teams.slug), asc(registeredModels.name));
  return rows.map((r) => ({
    modelId: r.modelId,
    team: r.team,
    name: r.name,
    fullName: `${r.team}/${r.name}`,
    productionVersion: r.productionVersion === null ? null : Number(r.productionVersion),
    productionSince: r.productionSince,
    aliases: (r.aliases ?? []).map((a) => ({ alias: a.alias, version: Number(a.version) })),
  }));
}
