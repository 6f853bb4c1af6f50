import {
  and,
  asc,
  auditCheckpoints,
  auditEvents,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  lt,
  lte,
  type SQL,
  teams,
} from "@modelgate/db";
import { z } from "zod";
import { authorize, authorizeOrg, can } from "../access/authorize";
import { orgPermissions } from "../access/permissions";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { loadModel } from "../registry/models";
import { parseModelRef } from "../registry/refs";
import { parseInput } from "../validation";
import { auditActions } from "./actions";
import { type AuditCheckpoint, type ChainedAuditEvent, ExportWriter } from "./chain";
import { emitAudit } from "./emit";
import { signerOf } from "./signing";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit page's filters; every one optional, all combined with AND. */
export const auditFilterInput = z
  .object({
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    /** A user id, or the start of an actor's printed name. */
    actor: z.string().trim().min(1).max(200).optional(),
    /** Team slug. */
    team: z.string().trim().min(1).max(100).optional(),
    /** An action (`model.created`) or a whole entity's actions (`transition.` or `transition.*`). */
    action: z.string().trim().min(1).max(100).optional(),
    entityType: z.string().trim().min(1).max(100).optional(),
    entityId: z.string().trim().min(1).max(300).optional(),
    /** `team/name`. */
    model: z.string().trim().min(1).max(300).optional(),
    requestId: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterInput>;

/**
 * Which teams' events the actor may read: all of them for auditors and admins (org audit.read),
 * else the teams the actor maintains (team.audit) — events without a team stay org-only.
 */
async function auditScope(ctx: ServiceContext): Promise<"all" | string[]> {
  const a = ctx.actor;
  if (a.type === "system") return "all";
  if (a.type === "user" && (orgPermissions["audit.read"] as readonly string[]).includes(a.orgRole))
    return "all";
  const teamIds = a.type === "user" || a.type === "token" ? Object.keys(a.teamRoles) : [];
  const maintained = teamIds.filter((t) => can(ctx, "team.audit", t));
  // Neither: the single (audited) denial path, naming the org permission the caller lacks.
  if (maintained.length === 0) await authorizeOrg(ctx, "audit.read");
  return maintained;
}

async function whereFor(ctx: ServiceContext, filter: AuditFilter): Promise<SQL[]> {
  const scope = await auditScope(ctx);
  const where: SQL[] = [];
  if (scope !== "all") where.push(inArray(auditEvents.teamId, scope));
  if (filter.from) where.push(gte(auditEvents.at, filter.from));
  if (filter.to) where.push(lte(auditEvents.at, filter.to));
  if (filter.actor) {
    where.push(
      UUID.test(filter.actor)
        ? eq(auditEvents.actorUserId, filter.actor)
        : ilike(auditEvents.actorName, `${filter.actor.replace(/[\\%_]/g, "\\$&")}%`),
    );
  }
  if (filter.team) {
    const [team] = await ctx.db.select({ id: teams.id }).from(teams).where(eq(teams.slug, filter.team));
    if (!team) throw new DomainError("not_found", `Team ${filter.team} was not found.`);
    if (scope !== "all")
      await authorize(ctx, "team.audit", { teamId: team.id, label: `Team ${filter.team}` });
    where.push(eq(auditEvents.teamId, team.id));
  }
  if (filter.action) {
    const prefix = filter.action.replace(/\*$/, "");
    if (prefix.endsWith(".")) where.push(ilike(auditEvents.action, `${prefix.replace(/[\\%_]/g, "\\$&")}%`));
    else if ((auditActions as readonly string[]).includes(prefix)) where.push(eq(auditEvents.action, prefix));
    else throw new DomainError("validation_failed", `'${filter.action}' is not an audit action.`);
  }
  if (filter.entityType) where.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.model) {
    const ref = parseModelRef(filter.model);
    const model = await loadModel(ctx, ref.team, ref.name);
    where.push(eq(auditEvents.modelId, model.id));
  }
  if (filter.requestId) where.push(eq(auditEvents.requestId, filter.requestId));
  return where;
}

export type AuditEventRow = typeof auditEvents.$inferSelect;

/**
 * One page of the audit trail, newest first, keyset-paginated by sequence number (`beforeSeq` =
 * the last seq of the previous page), so a page deep into millions of rows costs the same as the
 * first. Auditors and admins read everything; maintainers read their teams' events.
 */
export async function listAuditEvents(
  ctx: ServiceContext,
  rawFilter: z.input<typeof auditFilterInput> = {},
  page: { limit?: number; beforeSeq?: number } = {},
): Promise<{ events: AuditEventRow[]; nextBeforeSeq: number | null }> {
  const filter = parseInput(auditFilterInput, rawFilter);
  const where = await whereFor(ctx, filter);
  const limit = Math.min(Math.max(page.limit ?? 50, 1), 500);
  if (page.beforeSeq !== undefined) where.push(lt(auditEvents.seq, page.beforeSeq));
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(limit + 1);
  const events = rows.slice(0, limit);
  return { events, nextBeforeSeq: rows.length > limit ? events[events.length - 1]!.seq : null };
}

/** One event by sequence number, within the actor's audit scope. */
export async function getAuditEvent(ctx: ServiceContext, seq: number): Promise<AuditEventRow> {
  const where = await whereFor(ctx, {});
  const [row] = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.seq, seq), ...where));
  if (!row) throw new DomainError("not_found", `Audit event #${seq} was not found.`);
  return row;
}

export function toChainedEvent(row: AuditEventRow): ChainedAuditEvent {
  return { ...row, at: row.at.toISOString() };
}

export function toCheckpoint(row: typeof auditCheckpoints.$inferSelect): AuditCheckpoint {
  return { ...row, at: row.at.toISOString() };
}

const EXPORT_BATCH = 2000;

const CSV_COLUMNS = [
  "seq",
  "at",
  "actorType",
  "actorName",
  "actorUserId",
  "actorTokenId",
  "action",
  "entityType",
  "entityId",
  "teamId",
  "modelId",
  "reason",
  "before",
  "after",
  "requestId",
  "ip",
  "userAgent",
  "prevHash",
  "hash",
] as const;

/** RFC 4180 cell, with spreadsheet formula injection neutralised (a leading ' on = + - @). */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Streams the filtered trail oldest first, in batches (constant memory whatever the size), as
 * JSONL — header, events, the signed checkpoints that fall in the exported range and the latest
 * one, then a signed trailer (see chain.ts) — or as CSV with the same checkpoints as trailing
 * `#` lines. The export itself is audited before the first byte leaves.
 */
export async function* exportAuditEvents(
  ctx: ServiceContext,
  rawFilter: z.input<typeof auditFilterInput>,
  format: "jsonl" | "csv",
): AsyncGenerator<string> {
  const filter = parseInput(auditFilterInput, rawFilter);
  const where = await whereFor(ctx, filter);
  const signer = signerOf(ctx);
  await withTransaction(ctx, (tx) =>
    emitAudit(tx, {
      action: "audit.exported",
      entityType: "audit_trail",
      after: { format, filter: JSON.parse(JSON.stringify(filter)) },
    }),
  );
  const writer = new ExportWriter(signer.privateKey, signer.keyId);
  yield format === "jsonl"
    ? writer.header(JSON.parse(JSON.stringify(filter)), new Date())
    : `${CSV_COLUMNS.join(",")}\r\n`;
  const checkpointLine = (c: AuditCheckpoint) =>
    format === "jsonl"
      ? writer.checkpoint(c)
      : `# checkpoint seq=${c.seq} hash=${c.hash} at=${c.at} key=${c.keyId} signature=${c.signature}\r\n`;
  // JSONL interleaves each checkpoint right after the event it signs (so a verifier compares it
  // with the line before, in constant memory). CSV, a format for reading rather than verifying,
  // ends with the latest checkpoint only.
  let after = 0;
  let first: number | null = null;
  for (;;) {
    const rows = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(gt(auditEvents.seq, after), ...where))
      .orderBy(asc(auditEvents.seq))
      .limit(EXPORT_BATCH);
    if (rows.length === 0) break;
    first ??= rows[0]!.seq;
    const last = rows[rows.length - 1]!.seq;
    const checkpoints =
      format === "jsonl"
        ? await ctx.db
            .select()
            .from(auditCheckpoints)
            .where(
              and(gt(auditCheckpoints.seq, after === 0 ? first - 1 : after), lte(auditCheckpoints.seq, last)),
            )
            .orderBy(asc(auditCheckpoints.seq))
        : [];
    let next = 0;
    let chunk = "";
    for (const row of rows) {
      const e = toChainedEvent(row);
      chunk +=
        format === "jsonl" ? writer.event(e) : `${CSV_COLUMNS.map((c) => csvCell(e[c])).join(",")}\r\n`;
      for (; next < checkpoints.length && checkpoints[next]!.seq <= row.seq; next++)
        chunk += checkpointLine(toCheckpoint(checkpoints[next]!));
    }
    yield chunk;
    after = last;
    if (rows.length < EXPORT_BATCH) break;
  }
  // The latest checkpoint too, when it is not already among the lines.
  const [latest] = await ctx.db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  if (latest && (format === "csv" || first === null || latest.seq > after || latest.seq < first))
    yield checkpointLine(toCheckpoint(latest));
  if (format === "jsonl") yield writer.trailer();
  else
    yield `# public key id ${signer.keyId}; verify the JSONL export offline with \`modelgate audit verify\`\r\n`;
}
