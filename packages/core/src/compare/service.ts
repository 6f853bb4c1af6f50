import {
  aliases,
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  lte,
  type MetricDirection,
  metricDefinitions,
  metrics,
  modelVersions,
  type Stage,
  sql,
  type VersionStatus,
} from "@modelgate/db";
import { z } from "zod";
import { offlineMetrics, productionVersion } from "../approvals/facts";
import { emitAudit } from "../audit/emit";
import { actorUserId, type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { loadModel } from "../registry/models";
import { METRIC_KEY_PATTERN, METRIC_KEY_RULE } from "../registry/refs";
import { loadTeam } from "../teams/load-team";
import { parseInput } from "../validation";
import {
  bucketWidthMs,
  type ComparisonSummary,
  compareMetrics,
  defaultDefinition,
  diffRecords,
  type FieldDiff,
  type MetricComparison,
  summarize,
} from "./compare";
import { definitionsOf } from "./definitions";

type Version = typeof modelVersions.$inferSelect;

// ------------------------------------------------------------------------- metric definitions

export async function listMetricDefinitions(ctx: ServiceContext, teamSlug: string) {
  const team = await loadTeam(ctx, teamSlug, "team.read");
  return ctx.db
    .select()
    .from(metricDefinitions)
    .where(eq(metricDefinitions.teamId, team.id))
    .orderBy(asc(metricDefinitions.key));
}

export const setMetricDefinitionInput = z
  .object({
    team: z.string().min(1),
    key: z.string().regex(METRIC_KEY_PATTERN, METRIC_KEY_RULE),
    displayName: z.string().trim().min(1).max(100),
    unit: z.string().trim().max(30).default(""),
    direction: z.enum(["higher", "lower"]),
    description: z.string().trim().max(1000).default(""),
  })
  .strict();

/** Creates or changes a team's metric definition (maintainers); audited with before/after. */
export async function setMetricDefinition(
  ctx: ServiceContext,
  rawInput: z.input<typeof setMetricDefinitionInput>,
) {
  const input = parseInput(setMetricDefinitionInput, rawInput);
  const team = await loadTeam(ctx, input.team, "metric.define");
  return withTransaction(ctx, async (tx) => {
    const [existing] = await tx.db
      .select()
      .from(metricDefinitions)
      .where(and(eq(metricDefinitions.teamId, team.id), eq(metricDefinitions.key, input.key)))
      .for("update");
    const values = {
      displayName: input.displayName,
      unit: input.unit,
      direction: input.direction as MetricDirection,
      description: input.description,
      updatedBy: actorUserId(tx),
      updatedAt: new Date(),
    };
    const [row] = existing
      ? await tx.db
          .update(metricDefinitions)
          .set(values)
          .where(eq(metricDefinitions.id, existing.id))
          .returning()
      : await tx.db
          .insert(metricDefinitions)
          .values({ teamId: team.id, key: input.key, ...values })
          .onConflictDoUpdate({ target: [metricDefinitions.teamId, metricDefinitions.key], set: values })
          .returning();
    const view = (d: typeof existing) =>
      d && { displayName: d.displayName, unit: d.unit, direction: d.direction, description: d.description };
    await emitAudit(tx, {
      action: "metric_definition.set",
      entityType: "metric_definition",
      entityId: `${team.id}:${input.key}`,
      teamId: team.id,
      before: view(existing) ?? null,
      after: { key: input.key, ...view(row) },
    });
    return row!;
  });
}

export async function deleteMetricDefinition(ctx: ServiceContext, input: { team: string; key: string }) {
  const team = await loadTeam(ctx, input.team, "metric.define");
  return withTransaction(ctx, async (tx) => {
    const [gone] = await tx.db
      .delete(metricDefinitions)
      .where(and(eq(metricDefinitions.teamId, team.id), eq(metricDefinitions.key, input.key)))
      .returning();
    if (!gone) throw new DomainError("not_found", `Metric ${input.key} has no definition in ${input.team}.`);
    await emitAudit(tx, {
      action: "metric_definition.deleted",
      entityType: "metric_definition",
      entityId: `${team.id}:${input.key}`,
      teamId: team.id,
      before: { key: gone.key, displayName: gone.displayName, unit: gone.unit, direction: gone.direction },
    });
    return { deleted: true };
  });
}

// ------------------------------------------------------------------------- comparison

export interface ComparedVersion {
  id: string;
  version: number;
  stage: Stage;
  status: VersionStatus;
  aliases: string[];
  createdAt: Date;
}

export interface VersionComparison {
  model: string;
  primaryMetric: string | null;
  baseline: ComparedVersion;
  candidate: ComparedVersion;
  /** How the defaults were chosen, e.g. "champion vs challenger". */
  basis: string;
  metrics: MetricComparison[];
  summary: ComparisonSummary;
  params: FieldDiff[];
  tags: FieldDiff[];
  lineage: FieldDiff[];
  comparedAt: string;
}

async function versionBySelector(ctx: ServiceContext, modelId: string, selector: string, label: string) {
  const trimmed = selector.trim().replace(/^@/, "");
  const asNumber = /^v?\d{1,9}$/i.test(trimmed) ? Number(trimmed.replace(/^v/i, "")) : null;
  const [row] =
    asNumber !== null
      ? await ctx.db
          .select()
          .from(modelVersions)
          .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.version, asNumber)))
      : (
          await ctx.db
            .select({ v: modelVersions })
            .from(aliases)
            .innerJoin(modelVersions, eq(modelVersions.id, aliases.versionId))
            .where(and(eq(aliases.modelId, modelId), eq(aliases.name, trimmed)))
        ).map((r) => r.v);
  if (!row)
    throw new DomainError(
      "not_found",
      `${label} '${selector.slice(0, 100)}' is not a version or alias of this model.`,
    );
  return row;
}

/** Champion vs challenger by default: the production version against the `challenger` alias, else the newest staging version. */
async function defaultPair(ctx: ServiceContext, modelId: string) {
  const champion = await productionVersion(ctx, modelId);
  const [challenger] = (
    await ctx.db
      .select({ v: modelVersions })
      .from(aliases)
      .innerJoin(modelVersions, eq(modelVersions.id, aliases.versionId))
      .where(and(eq(aliases.modelId, modelId), eq(aliases.name, "challenger")))
  ).map((r) => r.v);
  const [latestStaging] = await ctx.db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.stage, "staging")))
    .orderBy(desc(modelVersions.version))
    .limit(1);
  return {
    champion,
    candidate: challenger ?? latestStaging,
    candidateBasis: challenger ? "challenger" : "latest staging version",
  };
}

export const compareInput = z
  .object({
    team: z.string().min(1),
    name: z.string().min(1),
    /** Version number or alias; default the champion. */
    baseline: z.string().min(1).max(120).optional(),
    /** Version number or alias; default the `challenger` alias, else the newest staging version. */
    candidate: z.string().min(1).max(120).optional(),
  })
  .strict();

/**
 * Compares two versions of a model: offline metrics with deltas and a winner by direction, and
 * params, tags and lineage diffs. The same comparison is stored on promotion requests and drives
 * the beat-champion gate.
 */
export async function compareVersions(
  ctx: ServiceContext,
  rawInput: z.input<typeof compareInput>,
): Promise<VersionComparison> {
  const input = parseInput(compareInput, rawInput);
  const model = await loadModel(ctx, input.team, input.name);
  const pair = input.baseline && input.candidate ? null : await defaultPair(ctx, model.id);
  const baseline = input.baseline
    ? await versionBySelector(ctx, model.id, input.baseline, "Baseline")
    : pair?.champion;
  if (!baseline)
    throw new DomainError(
      "not_found",
      `${model.fullName} has no production champion; choose the baseline version.`,
    );
  const candidate = input.candidate
    ? await versionBySelector(ctx, model.id, input.candidate, "Candidate")
    : pair?.candidate;
  if (!candidate)
    throw new DomainError(
      "not_found",
      `${model.fullName} has no challenger or staging version; choose the version to compare.`,
    );
  const basis = `${input.baseline ? `v${baseline.version}` : "champion"} vs ${input.candidate ? `v${candidate.version}` : (pair?.candidateBasis ?? "")}`;
  return compareLoaded(ctx, model, baseline, candidate, basis);
}

/** The comparison of two loaded versions (used by requests to snapshot their evidence). */
export async function compareLoaded(
  ctx: ServiceContext,
  model: { id: string; teamId: string; fullName: string; primaryMetric: string | null },
  baseline: Version,
  candidate: Version,
  basis: string,
): Promise<VersionComparison> {
  const [defs, a, b, aliasRows] = await Promise.all([
    definitionsOf(ctx, model.teamId),
    offlineMetrics(ctx, baseline.id),
    offlineMetrics(ctx, candidate.id),
    ctx.db
      .select({ name: aliases.name, versionId: aliases.versionId })
      .from(aliases)
      .where(and(eq(aliases.modelId, model.id), inArray(aliases.versionId, [baseline.id, candidate.id]))),
  ]);
  const rows = compareMetrics(a, b, defs);
  const describe = (v: Version): ComparedVersion => ({
    id: v.id,
    version: v.version,
    stage: v.stage,
    status: v.status,
    aliases: aliasRows.filter((r) => r.versionId === v.id).map((r) => r.name),
    createdAt: v.createdAt,
  });
  return {
    model: model.fullName,
    primaryMetric: model.primaryMetric,
    baseline: describe(baseline),
    candidate: describe(candidate),
    basis,
    metrics: rows,
    summary: summarize(rows, model.primaryMetric),
    params: diffRecords(baseline.params, candidate.params),
    tags: diffRecords(baseline.tags, candidate.tags),
    lineage: diffRecords(
      baseline.lineage as Record<string, unknown>,
      candidate.lineage as Record<string, unknown>,
    ),
    comparedAt: new Date().toISOString(),
  };
}

// ------------------------------------------------------------------------- online metrics

export const onlineSeriesInput = z
  .object({
    team: z.string().min(1),
    name: z.string().min(1),
    /** Version numbers or aliases (1–4). */
    versions: z.array(z.string().min(1).max(120)).min(1).max(4),
    key: z.string().regex(METRIC_KEY_PATTERN, METRIC_KEY_RULE),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    maxPoints: z.coerce.number().int().min(10).max(2000).default(1000),
  })
  .strict();

export interface OnlinePoint {
  /** Bucket start, ISO. */
  t: string;
  avg: number;
  min: number;
  max: number;
  n: number;
}

/**
 * An online metric of up to four versions over time, aggregated in the database into equal time
 * buckets so no series exceeds `maxPoints` however many raw points there are. Defaults to the
 * span of the data (at most the last 90 days).
 */
export async function onlineSeries(ctx: ServiceContext, rawInput: z.input<typeof onlineSeriesInput>) {
  const input = parseInput(onlineSeriesInput, rawInput);
  const model = await loadModel(ctx, input.team, input.name);
  const versions = await Promise.all(
    input.versions.map((s) => versionBySelector(ctx, model.id, s, "Version")),
  );
  const ids = versions.map((v) => v.id);
  let { from, to } = input;
  if (!from || !to) {
    const [span] = await ctx.db
      .select({ first: sql<string | null>`min(${metrics.at})`, last: sql<string | null>`max(${metrics.at})` })
      .from(metrics)
      .where(and(inArray(metrics.versionId, ids), eq(metrics.kind, "online"), eq(metrics.key, input.key)));
    const last = span?.last ? new Date(span.last) : new Date();
    to ??= new Date(last.getTime() + 1);
    const first = span?.first ? new Date(span.first) : new Date(to.getTime() - 86_400_000);
    from ??= new Date(Math.max(first.getTime(), to.getTime() - 90 * 86_400_000));
  }
  if (from >= to)
    throw new DomainError("validation_failed", "The time range is empty: 'from' must be before 'to'.");
  const width = bucketWidthMs(from, to, input.maxPoints);
  const bucket = sql`date_bin(${`${width} milliseconds`}::interval, ${metrics.at}, ${from.toISOString()}::timestamptz)`;
  const rows = await ctx.db
    .select({
      versionId: metrics.versionId,
      t: sql<string>`${bucket}`,
      avg: sql<number>`avg(${metrics.value})::float8`,
      min: sql<number>`min(${metrics.value})`,
      max: sql<number>`max(${metrics.value})`,
      n: sql<number>`count(*)::int`,
    })
    .from(metrics)
    .where(
      and(
        inArray(metrics.versionId, ids),
        eq(metrics.kind, "online"),
        eq(metrics.key, input.key),
        gte(metrics.at, from),
        lte(metrics.at, to),
      ),
    )
    // By position: the bucket expression carries bind parameters, which GROUP BY cannot match.
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`1`, sql`2`);
  const defs = await definitionsOf(ctx, model.teamId);
  return {
    model: model.fullName,
    key: input.key,
    definition: defs[input.key] ?? defaultDefinition(input.key),
    from: from.toISOString(),
    to: to.toISOString(),
    bucketMs: width,
    series: versions.map((v) => ({
      version: v.version,
      points: rows
        .filter((r) => r.versionId === v.id)
        .map((r) => ({
          t: new Date(r.t).toISOString(),
          avg: Number(r.avg),
          min: Number(r.min),
          max: Number(r.max),
          n: Number(r.n),
        })),
    })),
  };
}

/** The online metric keys recorded for the given versions (for the chart's metric picker). */
export async function onlineMetricKeys(ctx: ServiceContext, versionIds: string[]): Promise<string[]> {
  if (versionIds.length === 0) return [];
  const rows = await ctx.db
    .selectDistinct({ key: metrics.key })
    .from(metrics)
    .where(and(inArray(metrics.versionId, versionIds), eq(metrics.kind, "online")))
    .orderBy(asc(metrics.key));
  return rows.map((r) => r.key);
}

/** One offline metric across all versions of a model (the metric-vs-version chart), with stages. */
export async function metricAcrossVersions(
  ctx: ServiceContext,
  input: { team: string; name: string; key: string },
) {
  const model = await loadModel(ctx, input.team, input.name);
  const rows = await ctx.db
    .selectDistinctOn([modelVersions.version], {
      version: modelVersions.version,
      stage: modelVersions.stage,
      value: metrics.value,
    })
    .from(metrics)
    .innerJoin(modelVersions, eq(modelVersions.id, metrics.versionId))
    .where(and(eq(modelVersions.modelId, model.id), eq(metrics.kind, "offline"), eq(metrics.key, input.key)))
    .orderBy(modelVersions.version, desc(metrics.at), desc(metrics.id));
  const defs = await definitionsOf(ctx, model.teamId);
  return { key: input.key, definition: defs[input.key] ?? defaultDefinition(input.key), points: rows };
}
