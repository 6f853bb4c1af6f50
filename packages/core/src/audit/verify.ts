import type { Database } from "@modelgate/db";
import {
  and,
  asc,
  auditChainHead,
  auditCheckpoints,
  auditEvents,
  desc,
  eq,
  gt,
  lte,
  sql,
} from "@modelgate/db";
import { authorizeOrg } from "../access/authorize";
import { type ServiceContext, withTransaction } from "../context";
import { type AuditCheckpoint, ChainVerifier, signCheckpoint, verifyCheckpoint } from "./chain";
import { emitAudit } from "./emit";
import { type AuditSigner, signerOf } from "./signing";
import { toChainedEvent, toCheckpoint } from "./trail";

const BATCH = 5000;

export interface ChainVerification {
  ok: boolean;
  /** The last event whose hash and links were recomputed and found intact. */
  verifiedThrough: number;
  /** The chain head when verification started (events appended later are left for next time). */
  headSeq: number;
  headHash: string;
  events: number;
  /** Events written before the chain existed (a prefix, reported rather than failed). */
  unchained: number;
  checkpoints: { verified: number; otherKey: number; lastSeq: number | null; lastAt: string | null };
  firstBreak: { seq: number; reason: string } | null;
  verifiedAt: string;
  durationMs: number;
}

async function readHead(db: ServiceContext["db"]) {
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  if (!head) throw new Error("the audit chain head is missing; the database was not migrated");
  return head;
}

/**
 * Recomputes the chain from the first event to the head in batches (constant memory) and checks
 * every signed checkpoint against it: gapless sequence, every link, every hash, every signature,
 * and that the last event is the head (nothing cut off the end). Names the first broken link.
 */
async function recompute(
  db: ServiceContext["db"],
  signer: AuditSigner,
  from: { seq: number; hash: string } | undefined,
): Promise<ChainVerification> {
  const started = Date.now();
  const head = await readHead(db);
  const verifier = new ChainVerifier(from);
  const cps = { verified: 0, otherKey: 0, lastSeq: null as number | null, lastAt: null as string | null };
  let checkpointProblem: { seq: number; reason: string } | null = null;
  const noteCheckpoint = (c: AuditCheckpoint, eventHashAtSeq: string | undefined) => {
    if (checkpointProblem) return;
    if (c.keyId !== signer.keyId) cps.otherKey++;
    else if (!verifyCheckpoint(signer.publicKey, c))
      checkpointProblem = { seq: c.seq, reason: `checkpoint #${c.seq}: signature does not verify` };
    else cps.verified++;
    if (!checkpointProblem && eventHashAtSeq !== undefined && eventHashAtSeq !== c.hash)
      checkpointProblem = { seq: c.seq, reason: `event #${c.seq} differs from its signed checkpoint` };
    cps.lastSeq = c.seq;
    cps.lastAt = c.at;
  };

  let after = verifier.lastSeq;
  while (after < head.seq && !verifier.firstBreak && !checkpointProblem) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(gt(auditEvents.seq, after), lte(auditEvents.seq, head.seq)))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    if (rows.length === 0) break;
    const upTo = rows[rows.length - 1]!.seq;
    const checkpoints = await db
      .select()
      .from(auditCheckpoints)
      .where(and(gt(auditCheckpoints.seq, after), lte(auditCheckpoints.seq, upTo)))
      .orderBy(asc(auditCheckpoints.seq));
    const hashes = new Map<number, string>();
    for (const row of rows) {
      if (!verifier.push(toChainedEvent(row))) break;
      if (row.hash) hashes.set(row.seq, row.hash);
    }
    for (const c of checkpoints) {
      if (c.seq > verifier.lastSeq) break;
      noteCheckpoint(toCheckpoint(c), hashes.get(c.seq) ?? undefined);
    }
    after = upTo;
  }
  let firstBreak = verifier.firstBreak ?? checkpointProblem;
  if (!firstBreak && verifier.lastSeq < head.seq)
    firstBreak = {
      seq: verifier.lastSeq + 1,
      reason: `events #${verifier.lastSeq + 1}–#${head.seq} are missing (cut off the end)`,
    };
  if (!firstBreak && verifier.lastSeq === head.seq && verifier.checked > 0 && verifier.lastHash !== head.hash)
    firstBreak = { seq: head.seq, reason: `event #${head.seq} differs from the chain head` };
  if (!firstBreak) {
    // An event past the head was not appended through the chain (checked in one statement, so a
    // legitimate append racing with us moves the head in the same snapshot).
    const [past] = await db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(
        gt(
          auditEvents.seq,
          sql`(select ${auditChainHead.seq} from ${auditChainHead} where ${auditChainHead.id} = 1)`,
        ),
      )
      .orderBy(asc(auditEvents.seq))
      .limit(1);
    if (past)
      firstBreak = {
        seq: past.seq,
        reason: `event #${past.seq} lies beyond the chain head (inserted outside the chain)`,
      };
  }
  if (!firstBreak) {
    // A checkpoint beyond the last event means events after it were removed.
    const [beyond] = await db
      .select()
      .from(auditCheckpoints)
      .where(gt(auditCheckpoints.seq, head.seq))
      .limit(1);
    if (beyond)
      firstBreak = { seq: beyond.seq, reason: `signed checkpoint #${beyond.seq} is beyond the last event` };
  }
  const through = firstBreak ? Math.max(firstBreak.seq - 1, 0) : verifier.lastSeq;
  return {
    ok: firstBreak === null,
    verifiedThrough: through,
    headSeq: head.seq,
    headHash: head.hash,
    events: verifier.checked + verifier.unchained,
    unchained: verifier.unchained,
    checkpoints: cps,
    firstBreak,
    verifiedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
  };
}

/**
 * Full verification of the audit trail, for auditors and admins; the result is itself audited
 * (`audit.verified`), so the trail records when it was last proven intact and by whom.
 */
export async function verifyAuditChain(ctx: ServiceContext): Promise<ChainVerification> {
  await authorizeOrg(ctx, "audit.read");
  const result = await recompute(ctx.db, signerOf(ctx), undefined);
  await withTransaction(ctx, (tx) =>
    emitAudit(tx, {
      action: "audit.verified",
      entityType: "audit_trail",
      after: {
        ok: result.ok,
        verifiedThrough: result.verifiedThrough,
        headSeq: result.headSeq,
        firstBreak: result.firstBreak,
        checkpointsVerified: result.checkpoints.verified,
        durationMs: result.durationMs,
      },
    }),
  );
  return result;
}

/** The most recent full verification recorded in the trail, if any. */
export async function latestAuditVerification(ctx: ServiceContext) {
  await authorizeOrg(ctx, "audit.read");
  const [row] = await ctx.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, "audit.verified"))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  if (!row) return null;
  const after = row.after as {
    ok: boolean;
    verifiedThrough: number;
    firstBreak: { seq: number; reason: string } | null;
  };
  return { seq: row.seq, at: row.at, by: row.actorName, ...after };
}

/**
 * Signs the current head (a system task, run every minute by the app and on demand). Verifies the
 * segment since the previous checkpoint first, so a signature never vouches for a broken chain.
 * Not audited — an event per checkpoint would move the head it signs; the checkpoints table is
 * append-only itself. Several instances may race: the sequence is the key, the first one wins.
 */
export async function createAuditCheckpoint(
  db: Database,
  signer: AuditSigner,
  now = new Date(),
): Promise<{ checkpoint: AuditCheckpoint | null; broken: ChainVerification["firstBreak"] }> {
  const [last] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  const head = await readHead(db);
  if (head.seq === 0 || (last && last.seq >= head.seq))
    return { checkpoint: last ? toCheckpoint(last) : null, broken: null };
  const start = last ? { seq: last.seq, hash: last.hash } : undefined;
  const check = await recompute(db, signer, start);
  if (!check.ok) return { checkpoint: null, broken: check.firstBreak };
  const c = signCheckpoint(
    signer.privateKey,
    signer.keyId,
    { seq: check.headSeq, hash: check.headHash },
    now,
  );
  await db
    .insert(auditCheckpoints)
    .values({ ...c, at: new Date(c.at) })
    .onConflictDoNothing();
  return { checkpoint: c, broken: null };
}

/** Signed checkpoints, newest first (published: they hold no content, only sequence and hash). */
export async function listAuditCheckpoints(
  db: ServiceContext["db"],
  opts: { limit?: number; beforeSeq?: number } = {},
) {
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 1000);
  const rows = await db
    .select()
    .from(auditCheckpoints)
    .where(opts.beforeSeq ? lte(auditCheckpoints.seq, opts.beforeSeq - 1) : undefined)
    .orderBy(desc(auditCheckpoints.seq))
    .limit(limit);
  return rows.map(toCheckpoint);
}
