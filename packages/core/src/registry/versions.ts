import { randomUUID } from "node:crypto";
import {
  aliases,
  and,
  artifacts,
  asc,
  desc,
  eq,
  gte,
  lt,
  lte,
  metrics,
  modelVersions,
  registeredModels,
  type SQL,
  sql,
  stages,
  users,
  versionStatuses,
} from "@modelgate/db";
import { z } from "zod";
import { emitAudit } from "../audit/emit";
import { actorUserId, type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";
import { type AnyEnqueueEventInput, enqueueEvents, webhookModelRef } from "../webhooks/outbox";
import { loadModel, tagsSchema } from "./models";
import {
  METRIC_KEY_PATTERN,
  METRIC_KEY_RULE,
  normalizeArtifactPath,
  parseMetricFilter,
  parseTagFilter,
} from "./refs";

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lowercase hex characters");
const paramValue = z.union([z.string().max(5000), z.number(), z.boolean()]).transform(String);
const metricKey = z.string().regex(METRIC_KEY_PATTERN, METRIC_KEY_RULE);

export const lineageSchema = z
  .object({
    runId: z.string().max(200),
    runUrl: z.url().max(2000),
    sourceUri: z.string().max(2000),
    gitCommit: z.string().regex(/^[0-9a-f]{7,64}$/, "A git commit is 7–64 hex characters"),
    datasetName: z.string().max(200),
    datasetVersion: z.string().max(200),
    datasetDigest: z.string().max(200),
    framework: z.string().max(100),
    frameworkVersion: z.string().max(100),
    dependencies: z.array(z.string().max(200)).max(500),
  })
  .partial()
  .strict();

export const registerVersionInput = z
  .object({
    description: z.string().max(10_000).default(""),
    tags: tagsSchema.default({}),
    params: z.record(z.string().min(1).max(200), paramValue).default({}),
    lineage: lineageSchema.default({}),
    metrics: z
      .array(
        z.object({
          key: metricKey,
          value: z.number().finite(),
          step: z.number().int().min(0).optional(),
          dataset: z.string().max(200).optional(),
          slice: z.string().max(200).optional(),
        }),
      )
      .max(1000)
      .default([]),
    /** Files to be uploaded next; the version is ready once all have arrived and verified. */
    artifacts: z
      .array(
        z.object({
          path: z.string().max(500),
          size: z.number().int().min(0).optional(),
          sha256: sha256Hex.optional(),
          contentType: z.string().max(200).optional(),
        }),
      )
      .max(1000)
      .default([]),
    /** Files that live elsewhere, registered by reference. */
    externalArtifacts: z
      .array(
        z.object({
          path: z.string().max(500),
          uri: z
            .string()
            .regex(/^[a-z][a-z0-9+.-]*:\/\/\S+$/i, "Use a URI like s3://bucket/key")
            .max(2000),
          sha256: sha256Hex.optional(),
          size: z.number().int().min(0).optional(),
        }),
      )
      .max(1000)
      .default([]),
  })
  .strict();

export type VersionRow = typeof modelVersions.$inferSelect;

/**
 * Registers the next version of a model. The number comes from the model row's counter under
 * its row lock, so concurrent registrations get 1..n with no gap and no duplicate.
 */
export async function registerVersion(
  ctx: ServiceContext,
  ref: { team: string; name: string },
  rawInput: z.input<typeof registerVersionInput>,
) {
  const input = parseInput(registerVersionInput, rawInput);
  const uploads = input.artifacts.map((a) => ({ ...a, path: normalizeArtifactPath(a.path) }));
  const externals = input.externalArtifacts.map((a) => ({ ...a, path: normalizeArtifactPath(a.path) }));
  const paths = [...uploads, ...externals].map((a) => a.path);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup)
    throw new DomainError("validation_failed", `Artifact path ${dup} is declared twice.`, {
      fields: { artifacts: ["Duplicate path"] },
    });

  return withTransaction(ctx, async (tx) => {
    const model = await loadModel(tx, ref.team, ref.name, "version.register", true);
    if (model.archived)
      throw new DomainError("model_archived", `Model ${model.fullName} is archived; restore it first.`);
    const number = model.latestVersion + 1;
    const now = new Date();
    const ready = uploads.length === 0;
    // The id is made here so the version, its artifacts and its metrics go to the server together
    // (pipelined: one round trip instead of four) — nothing below waits for the version row.
    const versionId = randomUUID();
    const artifactRows = [
      ...uploads.map((a) => ({
        versionId,
        path: a.path,
        status: "declared" as const,
        size: a.size ?? null,
        sha256: a.sha256 ?? null,
        contentType: a.contentType ?? "application/octet-stream",
      })),
      ...externals.map((a) => ({
        versionId,
        path: a.path,
        status: "verified" as const,
        size: a.size ?? null,
        sha256: a.sha256 ?? null,
        storageUri: a.uri,
        external: true,
        verifiedAt: now,
      })),
    ];
    const metricRows = input.metrics.map((m) => ({
      versionId,
      key: m.key,
      value: m.value,
      kind: "offline" as const,
      step: m.step ?? null,
      dataset: m.dataset ?? null,
      slice: m.slice ?? null,
      at: now,
    }));
    const [, [version]] = await Promise.all([
      tx.db
        .update(registeredModels)
        .set({ latestVersion: number, updatedAt: now })
        .where(eq(registeredModels.id, model.id)),
      tx.db
        .insert(modelVersions)
        .values({
          id: versionId,
          modelId: model.id,
          version: number,
          status: ready ? "ready" : "pending",
          description: input.description,
          tags: input.tags,
          params: input.params,
          lineage: input.lineage,
          createdBy: actorUserId(ctx),
          createdAt: now,
          updatedAt: now,
          readyAt: ready ? now : null,
        })
        .returning(),
      artifactRows.length ? tx.db.insert(artifacts).values(artifactRows) : undefined,
      metricRows.length ? tx.db.insert(metrics).values(metricRows) : undefined,
    ]);
    const v = version!;
    await emitAudit(tx, {
      action: "version.registered",
      entityType: "model_version",
      entityId: v.id,
      teamId: model.teamId,
      modelId: model.id,
      after: {
        model: model.fullName,
        version: number,
        status: v.status,
        artifacts: paths,
        metrics: Object.fromEntries(input.metrics.map((m) => [m.key, m.value])),
        lineage: input.lineage,
      },
    });
    const modelRef = webhookModelRef(model.id, model.fullName);
    const registered: AnyEnqueueEventInput = {
      type: "version.registered",
      teamId: model.teamId,
      modelId: model.id,
      data: {
        model: modelRef,
        version: {
          id: v.id,
          number,
          status: v.status,
          description: v.description,
          tags: v.tags,
          metrics: Object.fromEntries(input.metrics.map((m) => [m.key, m.value])),
          pendingArtifacts: uploads.map((a) => a.path),
        },
      },
    };
    // Nothing to upload: ready at once, and pipelines waiting for "ready" hear it too.
    const readyEvent: AnyEnqueueEventInput = {
      type: "version.ready",
      teamId: model.teamId,
      modelId: model.id,
      data: {
        model: modelRef,
        version: { id: v.id, number },
        // Nothing was uploaded: external artifacts are not scanned (the server does not fetch them).
        scan: {
          verdict: null,
          category: null,
          quarantined: false,
          artifacts: externals.map((a) => ({
            path: a.path,
            verdict: null,
            category: null,
            external: true,
          })),
        },
      },
    };
    await enqueueEvents(tx, ready ? [registered, readyEvent] : [registered]);
    return { ...v, model: model.fullName, pendingArtifacts: uploads.map((a) => a.path) };
  });
}

/** Loads one version of a model with a permission check on its team. */
export async function loadVersion(
  ctx: ServiceContext,
  ref: { team: string; name: string; version: number },
  permission: Parameters<typeof loadModel>[3] = "model.read",
  forUpdate = false,
) {
  const model = await loadModel(ctx, ref.team, ref.name, permission);
  const q = ctx.db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, model.id), eq(modelVersions.version, ref.version)))
    .limit(1);
  const [version] = forUpdate ? await q.for("update") : await q;
  if (!version) throw new DomainError("not_found", `Version ${model.fullName}/${ref.version} was not found.`);
  return { model, version };
}

/** A version with everything a reader needs: artifacts, offline metrics, aliases, registrant. */
export async function getVersion(ctx: ServiceContext, ref: { team: string; name: string; version: number }) {
  const { model, version } = await loadVersion(ctx, ref);
  const [files, offline, aliasRows, creator] = await Promise.all([
    ctx.db.select().from(artifacts).where(eq(artifacts.versionId, version.id)).orderBy(asc(artifacts.path)),
    ctx.db
      .select()
      .from(metrics)
      .where(and(eq(metrics.versionId, version.id), eq(metrics.kind, "offline")))
      .orderBy(asc(metrics.key), asc(metrics.step)),
    ctx.db.select().from(aliases).where(eq(aliases.versionId, version.id)).orderBy(asc(aliases.name)),
    version.createdBy
      ? ctx.db
          .select({ name: users.name, email: users.email })
          .from(users)
          .where(eq(users.id, version.createdBy))
      : Promise.resolve([]),
  ]);
  return {
    ...version,
    model: model.fullName,
    modelId: model.id,
    teamId: model.teamId,
    artifacts: files,
    metrics: offline,
    aliases: aliasRows.map((a) => ({ name: a.name, protected: a.protected })),
    createdByName: creator[0]?.name ?? null,
  };
}

export const updateVersionInput = z
  .object({ description: z.string().max(10_000).optional(), tags: tagsSchema.optional() })
  .strict();

/** Description and tags stay editable after `ready`; nothing else does. */
export async function updateVersion(
  ctx: ServiceContext,
  ref: { team: string; name: string; version: number; expectedRevision?: number },
  rawInput: z.input<typeof updateVersionInput>,
) {
  const input = parseInput(updateVersionInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const { model, version } = await loadVersion(tx, ref, "model.update", true);
    if (ref.expectedRevision !== undefined && ref.expectedRevision !== version.revision) {
      throw new DomainError(
        "precondition_failed",
        "The version changed since you read it; reload and try again.",
        {
          currentRevision: version.revision,
        },
      );
    }
    const changes: Record<string, unknown> = {};
    const before: Record<string, unknown> = {};
    for (const k of ["description", "tags"] as const) {
      if (input[k] !== undefined && JSON.stringify(input[k]) !== JSON.stringify(version[k])) {
        changes[k] = input[k];
        before[k] = version[k];
      }
    }
    if (Object.keys(changes).length === 0) return version;
    const [updated] = await tx.db
      .update(modelVersions)
      .set({ ...changes, revision: version.revision + 1, updatedAt: new Date() })
      .where(eq(modelVersions.id, version.id))
      .returning();
    await emitAudit(tx, {
      action: "version.updated",
      entityType: "model_version",
      entityId: version.id,
      teamId: model.teamId,
      modelId: model.id,
      before,
      after: changes,
    });
    return updated!;
  });
}

export const listVersionsInput = z.object({
  stage: z.enum(stages).optional(),
  status: z.enum(versionStatuses).optional(),
  tags: z.array(z.string().max(300)).max(10).default([]),
  metric: z.string().max(150).optional(),
  createdAfter: z.coerce.date().optional(),
  createdBefore: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** The version number to continue below (versions are listed newest first). */
  cursor: z.coerce.number().int().min(1).optional(),
});

const metricOps = { ">=": ">=", "<=": "<=", ">": ">", "<": "<", "=": "=" } as const;

/** Versions of one model, newest first, filtered; keyset pagination on the version number. */
export async function listVersions(
  ctx: ServiceContext,
  ref: { team: string; name: string },
  rawInput: z.input<typeof listVersionsInput> = {},
) {
  const input = parseInput(listVersionsInput, rawInput);
  const model = await loadModel(ctx, ref.team, ref.name);
  const where: (SQL | undefined)[] = [eq(modelVersions.modelId, model.id)];
  if (input.stage) where.push(eq(modelVersions.stage, input.stage));
  if (input.status) where.push(eq(modelVersions.status, input.status));
  if (input.tags.length) {
    where.push(
      sql`${modelVersions.tags} @> ${JSON.stringify(Object.fromEntries(input.tags.map(parseTagFilter)))}::jsonb`,
    );
  }
  if (input.metric) {
    const f = parseMetricFilter(input.metric);
    where.push(
      sql`exists (select 1 from ${metrics} where ${metrics.versionId} = ${modelVersions.id} and ${metrics.kind} = 'offline' and ${metrics.key} = ${f.key} and ${metrics.value} ${sql.raw(metricOps[f.op])} ${f.value})`,
    );
  }
  if (input.createdAfter) where.push(gte(modelVersions.createdAt, input.createdAfter));
  if (input.createdBefore) where.push(lte(modelVersions.createdAt, input.createdBefore));
  if (input.cursor) where.push(lt(modelVersions.version, input.cursor));
  const rows = await ctx.db
    .select({ version: modelVersions, createdByName: users.name })
    .from(modelVersions)
    .leftJoin(users, eq(users.id, modelVersions.createdBy))
    .where(and(...where))
    .orderBy(desc(modelVersions.version))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const ids = page.map((r) => r.version.id);
  // Two batched queries for the page, however long it is: aliases and offline metrics.
  const [aliasRows, metricRows] = ids.length
    ? await Promise.all([
        // By model first: the (model_id, name) index finds the model's few aliases.
        ctx.db
          .select()
          .from(aliases)
          .where(and(eq(aliases.modelId, model.id), sql`${aliases.versionId} in ${ids}`)),
        ctx.db
          .select({ versionId: metrics.versionId, key: metrics.key, value: metrics.value })
          .from(metrics)
          .where(and(sql`${metrics.versionId} in ${ids}`, eq(metrics.kind, "offline")))
          .orderBy(asc(metrics.at), asc(metrics.id)),
      ])
    : [[], []];
  return {
    model: { ...model },
    items: page.map((r) => ({
      ...r.version,
      createdByName: r.createdByName,
      aliases: aliasRows.filter((a) => a.versionId === r.version.id).map((a) => a.name),
      metrics: Object.fromEntries(
        metricRows.filter((m) => m.versionId === r.version.id).map((m) => [m.key, m.value]),
      ),
    })),
    nextCursor: rows.length > input.limit ? page.at(-1)!.version.version : null,
  };
}
