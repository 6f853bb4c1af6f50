import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  ilike,
  inArray,
  lt,
  modelVersions,
  or,
  pgErrorCode,
  registeredModels,
  type SQL,
  sql,
  teams,
  users,
} from "@modelgate/db";
import { z } from "zod";
import { authorize, readableTeamIds, teamRoleOf } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { actorUserId, type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { loadTeam } from "../teams/load-team";
import { parseInput } from "../validation";
import { enqueueEvent, webhookModelRef } from "../webhooks/outbox";
import {
  METRIC_KEY_PATTERN,
  METRIC_KEY_RULE,
  MODEL_NAME_PATTERN,
  MODEL_NAME_RULE,
  parseTagFilter,
} from "./refs";

export const tagsSchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9_.\-/:]{1,100}$/, "Tag keys: 1–100 letters, digits or _.-/:"),
    z.string().max(500),
  )
  .refine((t) => Object.keys(t).length <= 50, "At most 50 tags");

export const createModelInput = z.object({
  team: z.string().min(1).max(40),
  name: z.string().regex(MODEL_NAME_PATTERN, MODEL_NAME_RULE),
  description: z.string().max(10_000).default(""),
  modelCard: z.string().max(200_000).default(""),
  tags: tagsSchema.default({}),
});

export const updateModelInput = z.object({
  description: z.string().max(10_000).optional(),
  modelCard: z.string().max(200_000).optional(),
  tags: tagsSchema.optional(),
  /** The metric that leads champion/challenger comparisons; null clears it. */
  primaryMetric: z.string().regex(METRIC_KEY_PATTERN, METRIC_KEY_RULE).nullable().optional(),
});

export type ModelRow = typeof registeredModels.$inferSelect;

/**
 * Fetch-or-throw for `team/name` with a permission check. Another team's model is not found.
 * `forUpdate` locks the row (version allocation, edits).
 */
export async function loadModel(
  ctx: ServiceContext,
  teamSlug: string,
  name: string,
  permission: Parameters<typeof authorize>[1] = "model.read",
  forUpdate = false,
) {
  const label = `Model ${teamSlug}/${name}`;
  const q = ctx.db
    .select({ model: registeredModels, teamSlug: teams.slug })
    .from(registeredModels)
    .innerJoin(teams, eq(teams.id, registeredModels.teamId))
    .where(and(eq(teams.slug, teamSlug), eq(registeredModels.name, name)))
    .limit(1);
  const [row] = forUpdate ? await q.for("update", { of: registeredModels }) : await q;
  if (!row) throw new DomainError("not_found", `${label} was not found.`);
  await authorize(ctx, permission, { teamId: row.model.teamId, label });
  return { ...row.model, teamSlug: row.teamSlug, fullName: `${row.teamSlug}/${row.model.name}` };
}

export async function createModel(ctx: ServiceContext, rawInput: z.input<typeof createModelInput>) {
  const input = parseInput(createModelInput, rawInput);
  const team = await loadTeam(ctx, input.team, "model.create");
  return withTransaction(ctx, async (tx) => {
    try {
      const [model] = await tx.db
        .insert(registeredModels)
        .values({
          teamId: team.id,
          name: input.name,
          description: input.description,
          modelCard: input.modelCard,
          tags: input.tags,
          createdBy: actorUserId(ctx),
        })
        .returning();
      await emitAudit(tx, {
        action: "model.created",
        entityType: "model",
        entityId: model!.id,
        teamId: team.id,
        modelId: model!.id,
        after: { name: `${team.slug}/${model!.name}`, description: model!.description, tags: model!.tags },
      });
      await enqueueEvent(tx, {
        type: "model.created",
        teamId: team.id,
        modelId: model!.id,
        data: {
          model: {
            ...webhookModelRef(model!.id, `${team.slug}/${model!.name}`),
            description: model!.description,
            tags: model!.tags,
          },
        },
      });
      return { ...model!, teamSlug: team.slug, fullName: `${team.slug}/${model!.name}` };
    } catch (e) {
      if (pgErrorCode(e) === "23505") {
        throw new DomainError("already_exists", `Model ${team.slug}/${input.name} already exists.`, {
          fields: { name: ["Already exists in this team"] },
        });
      }
      throw e;
    }
  });
}

/** Edits the mutable fields; `expectedRevision` (from If-Match) refuses a lost update. */
export async function updateModel(
  ctx: ServiceContext,
  ref: { team: string; name: string; expectedRevision?: number },
  rawInput: z.input<typeof updateModelInput>,
) {
  const input = parseInput(updateModelInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const model = await loadModel(tx, ref.team, ref.name, "model.update", true);
    if (ref.expectedRevision !== undefined && ref.expectedRevision !== model.revision) {
      throw new DomainError(
        "precondition_failed",
        "The model changed since you read it; reload and try again.",
        {
          currentRevision: model.revision,
        },
      );
    }
    const changes: Partial<ModelRow> = {};
    const before: Record<string, unknown> = {};
    for (const k of ["description", "modelCard", "tags", "primaryMetric"] as const) {
      if (input[k] !== undefined && JSON.stringify(input[k]) !== JSON.stringify(model[k])) {
        (changes as Record<string, unknown>)[k] = input[k];
        before[k] = model[k];
      }
    }
    if (Object.keys(changes).length === 0) return model;
    const [updated] = await tx.db
      .update(registeredModels)
      .set({ ...changes, revision: model.revision + 1, updatedAt: new Date() })
      .where(eq(registeredModels.id, model.id))
      .returning();
    await emitAudit(tx, {
      action: "model.updated",
      entityType: "model",
      entityId: model.id,
      teamId: model.teamId,
      modelId: model.id,
      before,
      after: changes,
    });
    return { ...updated!, teamSlug: model.teamSlug, fullName: model.fullName };
  });
}

/** Archives (or restores) a model; nothing is ever hard-deleted. Maintainers only. */
export async function setModelArchived(
  ctx: ServiceContext,
  ref: { team: string; name: string },
  archived: boolean,
) {
  return withTransaction(ctx, async (tx) => {
    const model = await loadModel(tx, ref.team, ref.name, "model.archive", true);
    if (model.archived === archived) return model;
    await tx.db
      .update(registeredModels)
      .set({ archived, revision: model.revision + 1, updatedAt: new Date() })
      .where(eq(registeredModels.id, model.id));
    await emitAudit(tx, {
      action: archived ? "model.archived" : "model.restored",
      entityType: "model",
      entityId: model.id,
      teamId: model.teamId,
      modelId: model.id,
      before: { archived: model.archived },
      after: { archived },
    });
    if (archived) {
      await enqueueEvent(tx, {
        type: "model.archived",
        teamId: model.teamId,
        modelId: model.id,
        data: { model: webhookModelRef(model.id, model.fullName) },
      });
    }
    return { ...model, archived, revision: model.revision + 1 };
  });
}

export const searchModelsInput = z.object({
  q: z.string().max(100).optional(),
  team: z.string().max(40).optional(),
  tags: z.array(z.string().max(300)).max(10).default([]),
  stage: z.enum(["staging", "production", "archived"]).optional(),
  owner: z.string().max(320).optional(),
  archived: z.boolean().default(false),
  sort: z.enum(["updated", "name"]).default("updated"),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  /** Also count every match (one more query): for "27 models" in a UI. */
  withTotal: z.boolean().default(false),
});

const { modelCard: _card, ...listColumns } = getTableColumns(registeredModels);

interface Cursor {
  k: string;
  id: string;
}
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString()) as Cursor;
    if (typeof c.k === "string" && typeof c.id === "string" && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {}
  throw new DomainError("validation_failed", "The cursor is invalid; start from the first page.", {
    fields: { cursor: ["Invalid cursor"] },
  });
}

/**
 * Model search: name substring, tags (`key=value`, all must match), team, any version in a
 * stage, owner (creator email); sorted by last update or name; keyset pagination.
 */
export async function searchModels(ctx: ServiceContext, rawInput: z.input<typeof searchModelsInput>) {
  const input = parseInput(searchModelsInput, rawInput);
  const readable = readableTeamIds(ctx);
  if (readable !== "all" && readable.length === 0) return { items: [], nextCursor: null, total: 0 };
  const where: (SQL | undefined)[] = [eq(registeredModels.archived, input.archived)];
  const filtered = () => and(...where);
  if (readable !== "all") where.push(inArray(registeredModels.teamId, readable));
  if (input.team) where.push(eq(teams.slug, input.team));
  if (input.q)
    where.push(ilike(registeredModels.name, `%${input.q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`));
  if (input.tags.length) {
    const tags = Object.fromEntries(input.tags.map(parseTagFilter));
    where.push(sql`${registeredModels.tags} @> ${JSON.stringify(tags)}::jsonb`);
  }
  if (input.stage) {
    where.push(
      sql`exists (select 1 from ${modelVersions} where ${modelVersions.modelId} = ${registeredModels.id} and ${modelVersions.stage} = ${input.stage})`,
    );
  }
  if (input.owner) where.push(sql`lower(${users.email}) = ${input.owner.toLowerCase()}`);
  const total = input.withTotal
    ? Number(
        (
          await ctx.db
            .select({ n: count() })
            .from(registeredModels)
            .innerJoin(teams, eq(teams.id, registeredModels.teamId))
            .leftJoin(users, eq(users.id, registeredModels.createdBy))
            .where(filtered())
        )[0]?.n ?? 0,
      )
    : undefined;
  const byName = input.sort === "name";
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    where.push(
      byName
        ? or(
            gt(registeredModels.name, c.k),
            and(eq(registeredModels.name, c.k), gt(registeredModels.id, c.id)),
          )
        : or(
            lt(registeredModels.updatedAt, new Date(c.k)),
            and(eq(registeredModels.updatedAt, new Date(c.k)), lt(registeredModels.id, c.id)),
          ),
    );
  }
  const rows = await ctx.db
    .select({
      // Everything but the model card (up to 200 KB): a list never shows it.
      model: listColumns,
      teamSlug: teams.slug,
      teamName: teams.name,
      createdByName: users.name,
      productionVersion: sql<
        number | null
      >`(select max(${modelVersions.version}) from ${modelVersions} where ${modelVersions.modelId} = ${registeredModels.id} and ${modelVersions.stage} = 'production')`,
    })
    .from(registeredModels)
    .innerJoin(teams, eq(teams.id, registeredModels.teamId))
    .leftJoin(users, eq(users.id, registeredModels.createdBy))
    .where(filtered())
    .orderBy(
      ...(byName
        ? [asc(registeredModels.name), asc(registeredModels.id)]
        : [desc(registeredModels.updatedAt), desc(registeredModels.id)]),
    )
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last
      ? encodeCursor({ k: byName ? last.model.name : last.model.updatedAt.toISOString(), id: last.model.id })
      : null;
  return {
    items: page.map((r) => ({
      ...r.model,
      teamSlug: r.teamSlug,
      teamName: r.teamName,
      fullName: `${r.teamSlug}/${r.model.name}`,
      createdByName: r.createdByName,
      productionVersion: r.productionVersion === null ? null : Number(r.productionVersion),
      myRole: teamRoleOf(ctx, r.model.teamId) ?? null,
    })),
    total,
    nextCursor,
  };
}

/** One model for its page: the row plus who registered it and the version in production. */
export async function getModel(ctx: ServiceContext, team: string, name: string) {
  const model = await loadModel(ctx, team, name);
  const [extra] = await ctx.db
    .select({
      createdByName: users.name,
      productionVersion: sql<
        number | null
      >`(select max(${modelVersions.version}) from ${modelVersions} where ${modelVersions.modelId} = ${model.id} and ${modelVersions.stage} = 'production')`,
    })
    .from(registeredModels)
    .leftJoin(users, eq(users.id, registeredModels.createdBy))
    .where(eq(registeredModels.id, model.id));
  return {
    ...model,
    createdByName: extra?.createdByName ?? null,
    productionVersion: extra?.productionVersion == null ? null : Number(extra.productionVersion),
  };
}
