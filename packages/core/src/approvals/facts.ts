import { aliases, and, artifacts, asc, desc, eq, metrics, modelVersions, type Stage } from "@modelgate/db";
import { definitionsOf } from "../compare/definitions";
import type { ServiceContext } from "../context";
import { versionContentHash } from "./content-hash";
import type { GateFacts } from "./gates";

type Version = typeof modelVersions.$inferSelect;

/** The version currently in production (the champion), if any. */
export async function productionVersion(ctx: ServiceContext, modelId: string): Promise<Version | undefined> {
  const [v] = await ctx.db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.stage, "production" as Stage)))
    .orderBy(desc(modelVersions.version))
    .limit(1);
  return v;
}

/** Offline metrics of a version, the last value per key. */
export async function offlineMetrics(
  ctx: ServiceContext,
  versionId: string,
): Promise<Record<string, number>> {
  const rows = await ctx.db
    .select({ key: metrics.key, value: metrics.value })
    .from(metrics)
    .where(and(eq(metrics.versionId, versionId), eq(metrics.kind, "offline")))
    .orderBy(asc(metrics.at), asc(metrics.id));
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Everything the gates look at, read fresh from the database. */
export async function gateFacts(
  ctx: ServiceContext,
  model: { id: string; teamId: string; modelCard: string },
  version: Version,
): Promise<GateFacts & { championVersionId: string | null }> {
  const [mine, files, champion, definitions] = await Promise.all([
    offlineMetrics(ctx, version.id),
    ctx.db
      .select({
        path: artifacts.path,
        status: artifacts.status,
        external: artifacts.external,
        scanVerdict: artifacts.scanVerdict,
        scanCategory: artifacts.scanCategory,
      })
      .from(artifacts)
      .where(eq(artifacts.versionId, version.id)),
    productionVersion(ctx, model.id),
    definitionsOf(ctx, model.teamId),
  ]);
  const championIsOther = champion && champion.id !== version.id;
  return {
    metrics: mine,
    championMetrics: championIsOther ? await offlineMetrics(ctx, champion.id) : undefined,
    championVersion: championIsOther ? champion.version : undefined,
    championVersionId: champion?.id ?? null,
    definitions,
    modelCard: model.modelCard,
    lineage: version.lineage,
    artifacts: files,
  };
}

/** The content hash a reviewer signs, computed from the stored immutable content. */
export async function contentHashOf(ctx: ServiceContext, modelFullName: string, version: Version) {
  const [files, rows] = await Promise.all([
    ctx.db.select().from(artifacts).where(eq(artifacts.versionId, version.id)),
    ctx.db
      .select()
      .from(metrics)
      .where(and(eq(metrics.versionId, version.id), eq(metrics.kind, "offline"))),
  ]);
  return versionContentHash({
    model: modelFullName,
    version: version.version,
    params: version.params,
    lineage: version.lineage,
    artifacts: files,
    metrics: rows,
  });
}

export async function aliasTarget(ctx: ServiceContext, modelId: string, alias: string) {
  const [row] = await ctx.db
    .select()
    .from(aliases)
    .where(and(eq(aliases.modelId, modelId), eq(aliases.name, alias)));
  return row;
}
