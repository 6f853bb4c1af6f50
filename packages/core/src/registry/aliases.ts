import {
  aliases,
  and,
  artifacts,
  asc,
  type DbOrTx,
  eq,
  modelVersions,
  registeredModels,
  sql,
  teams,
} from "@modelgate/db";
import { z } from "zod";
import { auditedDenial, authorize } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { prepared } from "../prepared";
import { cachedRead } from "../read-cache";
import { parseInput } from "../validation";
import { moveAlias } from "./alias-move";
import { loadModel } from "./models";
import {
  ALIAS_PATTERN,
  ALIAS_RULE,
  ALWAYS_PROTECTED_ALIASES,
  parseModelRef,
  RESERVED_ALIASES,
  type VersionSelector,
} from "./refs";

const aliasName = z
  .string()
  .regex(ALIAS_PATTERN, ALIAS_RULE)
  .refine((a) => !(RESERVED_ALIASES as readonly string[]).includes(a), "'latest' is reserved");

/** The body of a direct alias move (the alias itself is in the path). */
export const setAliasBody = z.object({ version: z.number().int().min(1) });
const setAliasInput = setAliasBody.extend({ alias: aliasName });

/**
 * A protected alias moves only through an approved transition request: refused, and audited as
 * an authorization denial.
 */
function protectedRefusal(tx: ServiceContext, alias: string, model: { fullName: string; teamId: string }) {
  const error = new DomainError(
    "forbidden",
    `Alias ${alias} of ${model.fullName} is protected: it moves only through an approved transition request.`,
    { alias },
  );
  return auditedDenial(tx, error, "alias.set", model.teamId, "protected_alias");
}

/** Points an unprotected alias at a ready version (creating or moving it). */
export async function setAlias(
  ctx: ServiceContext,
  ref: { team: string; name: string },
  rawInput: z.input<typeof setAliasInput>,
) {
  const input = parseInput(setAliasInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const model = await loadModel(tx, ref.team, ref.name, "alias.set", true);
    if ((ALWAYS_PROTECTED_ALIASES as readonly string[]).includes(input.alias))
      throw await protectedRefusal(tx, input.alias, model);
    const [existing] = await tx.db
      .select({ alias: aliases, version: modelVersions.version })
      .from(aliases)
      .leftJoin(modelVersions, eq(modelVersions.id, aliases.versionId))
      .where(and(eq(aliases.modelId, model.id), eq(aliases.name, input.alias)));
    if (existing?.alias.protected) throw await protectedRefusal(tx, input.alias, model);
    const [target] = await tx.db
      .select()
      .from(modelVersions)
      .where(and(eq(modelVersions.modelId, model.id), eq(modelVersions.version, input.version)));
    if (!target)
      throw new DomainError("not_found", `Version ${model.fullName}/${input.version} was not found.`);
    if (target.status !== "ready") {
      throw new DomainError(
        "version_not_ready",
        `Version ${input.version} is ${target.status}; only ready versions get aliases.`,
        { status: target.status },
      );
    }
    if (existing?.alias.versionId === target.id)
      return { alias: input.alias, version: input.version, changed: false };
    await moveAlias(tx, {
      model,
      alias: input.alias,
      from: existing ? { versionId: existing.alias.versionId, version: existing.version } : null,
      to: { id: target.id, version: target.version },
    });
    return { alias: input.alias, version: input.version, changed: true };
  });
}

export async function deleteAlias(
  ctx: ServiceContext,
  ref: { team: string; name: string },
  rawAlias: string,
) {
  const alias = parseInput(aliasName, rawAlias);
  return withTransaction(ctx, async (tx) => {
    const model = await loadModel(tx, ref.team, ref.name, "alias.set", true);
    const [existing] = await tx.db
      .select({ alias: aliases, version: modelVersions.version })
      .from(aliases)
      .leftJoin(modelVersions, eq(modelVersions.id, aliases.versionId))
      .where(and(eq(aliases.modelId, model.id), eq(aliases.name, alias)));
    if (!existing) return { deleted: false };
    if (existing.alias.protected || (ALWAYS_PROTECTED_ALIASES as readonly string[]).includes(alias)) {
      throw await protectedRefusal(tx, alias, model);
    }
    await moveAlias(tx, {
      model,
      alias,
      from: { versionId: existing.alias.versionId, version: existing.version },
      to: null,
    });
    return { deleted: true };
  });
}

/** All aliases of a model with the version each points to. */
export async function listAliases(ctx: ServiceContext, ref: { team: string; name: string }) {
  const model = await loadModel(ctx, ref.team, ref.name);
  const rows = await ctx.db
    .select({
      name: aliases.name,
      protected: aliases.protected,
      version: modelVersions.version,
      updatedAt: aliases.updatedAt,
    })
    .from(aliases)
    .leftJoin(modelVersions, eq(modelVersions.id, aliases.versionId))
    .where(eq(aliases.modelId, model.id))
    .orderBy(asc(aliases.name));
  return rows;
}

/** The resolve query, one prepared statement per kind of selector (number, alias, latest). */
function resolveStatement(db: DbOrTx, kind: VersionSelector["kind"]) {
  return prepared(db, `resolve_${kind}`, (d) => {
    const versionJoin =
      kind === "number"
        ? and(
            eq(modelVersions.modelId, registeredModels.id),
            eq(modelVersions.version, sql.placeholder("version")),
          )
        : kind === "latest"
          ? eq(
              modelVersions.id,
              sql`(select newest.id from ${modelVersions} newest where newest.model_id = ${registeredModels.id} and newest.status = 'ready' order by newest.version desc limit 1)`,
            )
          : eq(
              modelVersions.id,
              sql`(select ${aliases.versionId} from ${aliases} where ${aliases.modelId} = ${registeredModels.id} and ${aliases.name} = ${sql.placeholder("alias")})`,
            );
    return d
      .select({
        teamId: registeredModels.teamId,
        teamSlug: teams.slug,
        name: registeredModels.name,
        version: {
          id: modelVersions.id,
          number: modelVersions.version,
          status: modelVersions.status,
          stage: modelVersions.stage,
        },
        files: sql<
          ResolvedArtifactRow[]
        >`coalesce((select jsonb_agg(jsonb_build_object('path', ${artifacts.path}, 'size', ${artifacts.size}, 'sha256', ${artifacts.sha256}, 'storageUri', ${artifacts.storageUri}, 'external', ${artifacts.external}) order by ${artifacts.path}) from ${artifacts} where ${artifacts.versionId} = ${modelVersions.id}), '[]'::jsonb)`,
      })
      .from(registeredModels)
      .innerJoin(teams, eq(teams.id, registeredModels.teamId))
      .leftJoin(modelVersions, versionJoin)
      .where(and(eq(teams.slug, sql.placeholder("team")), eq(registeredModels.name, sql.placeholder("name"))))
      .limit(1)
      .prepare(`resolve_${kind}`);
  });
}

/**
 * Resolves `team/name@alias`, `team/name/3` or `team/name@latest` (the newest ready version) to
 * the version and its artifacts — what a deployment script asks for, so the hottest read of the
 * registry: one SQL statement (model, team, version and artifacts together), authorized on the
 * model's team before anything is returned.
 */
export async function resolveModelRef(ctx: ServiceContext, refText: string) {
  const ref = parseModelRef(refText);
  const selector = ref.selector ?? { kind: "latest" as const };
  const params = {
    team: ref.team,
    name: ref.name,
    version: selector.kind === "number" ? selector.version : 0,
    alias: selector.kind === "alias" ? selector.alias : "",
  };
  const key = `resolve:${params.team}/${params.name}:${selector.kind}:${params.version}:${params.alias}`;
  const [row] = await cachedRead(ctx.db, key, () => resolveStatement(ctx.db, selector.kind).execute(params));
  const label = `Model ${ref.team}/${ref.name}`;
  if (!row) throw new DomainError("not_found", `${label} was not found.`);
  await authorize(ctx, "model.read", { teamId: row.teamId, label });
  const version = row.version;
  if (!version) throw new DomainError("not_found", `${refText} does not resolve to a version.`);
  const fullName = `${row.teamSlug}/${row.name}`;
  const base = `/api/v1/models/${fullName}/versions/${version.number}/artifacts`;
  return {
    ref: refText,
    model: fullName,
    version: version.number,
    status: version.status,
    stage: version.stage,
    artifacts: row.files.map((a) => ({
      path: a.path,
      size: a.size,
      sha256: a.sha256,
      uri: a.external ? a.storageUri : `${base}/${a.path.split("/").map(encodeURIComponent).join("/")}`,
      external: a.external,
    })),
  };
}

interface ResolvedArtifactRow {
  path: string;
  size: number | null;
  sha256: string | null;
  storageUri: string | null;
  external: boolean;
}

export const aliasProtectionBody = z.object({ protected: z.boolean() });
const protectInput = aliasProtectionBody.extend({ alias: aliasName });

/**
 * Maintainers mark an alias protected (it then moves only through an approved transition
 * request) or release it. `champion` is always protected. Audited.
 */
export async function setAliasProtection(
  ctx: ServiceContext,
  ref: { team: string; name: string },
  rawInput: z.input<typeof protectInput>,
) {
  const input = parseInput(protectInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const model = await loadModel(tx, ref.team, ref.name, "alias.protect", true);
    if ((ALWAYS_PROTECTED_ALIASES as readonly string[]).includes(input.alias)) {
      throw new DomainError("alias_protected", "champion is always protected.", { alias: input.alias });
    }
    const [existing] = await tx.db
      .select()
      .from(aliases)
      .where(and(eq(aliases.modelId, model.id), eq(aliases.name, input.alias)));
    if (!existing)
      throw new DomainError(
        "not_found",
        `Alias ${input.alias} of ${model.fullName} does not exist; set it first.`,
      );
    if (existing.protected === input.protected)
      return { alias: input.alias, protected: input.protected, changed: false };
    await tx.db
      .update(aliases)
      .set({ protected: input.protected, updatedAt: new Date() })
      .where(and(eq(aliases.modelId, model.id), eq(aliases.name, input.alias)));
    await emitAudit(tx, {
      action: "alias.protection_changed",
      entityType: "alias",
      entityId: `${model.id}:${input.alias}`,
      teamId: model.teamId,
      modelId: model.id,
      before: { protected: existing.protected },
      after: { model: model.fullName, alias: input.alias, protected: input.protected },
    });
    return { alias: input.alias, protected: input.protected, changed: true };
  });
}
