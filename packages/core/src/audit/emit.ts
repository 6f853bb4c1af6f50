import { type ActorType, auditChainHead, auditEvents, eq } from "@modelgate/db";
import type { ServiceContext } from "../context";
import type { AuditAction } from "./actions";
import { type AuditEventFields, eventHash } from "./chain";

export interface AuditEventInput {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  teamId?: string | null;
  /** The registered model the event concerns, when there is one (the audit page filters by it). */
  modelId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** An event recorded during a transaction, chained and written when the transaction commits. */
export type PendingAuditEvent = Omit<AuditEventFields, "seq" | "at" | "actorType"> & { actorType: ActorType };

function actorColumns(
  ctx: ServiceContext,
): Pick<PendingAuditEvent, "actorType" | "actorUserId" | "actorTokenId" | "actorName"> {
  const a = ctx.actor;
  switch (a.type) {
    case "user":
      return { actorType: a.type, actorUserId: a.userId, actorTokenId: null, actorName: a.name };
    case "token":
      return { actorType: a.type, actorUserId: a.userId, actorTokenId: a.tokenId, actorName: a.name };
    default:
      return { actorType: a.type, actorUserId: null, actorTokenId: null, actorName: a.name };
  }
}

/** What jsonb will give back: the hash must be computed over the value as it is stored. */
const asStoredJson = (v: unknown) => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));

/**
 * Records one audit event in the mutation's transaction (fail closed: the event and the change
 * commit or roll back together). The event is chained and inserted when the transaction ends —
 * see `flushAuditEvents` — so the chain-head lock is held only for the last moments of a
 * transaction, after every other lock it takes, which keeps concurrent writers deadlock-free.
 */
export async function emitAudit(tx: ServiceContext, event: AuditEventInput): Promise<void> {
  if (!tx.inTransaction || !tx.auditBuffer)
    throw new Error("emitAudit must run inside the mutation's transaction");
  tx.auditBuffer.push({
    ...actorColumns(tx),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    teamId: event.teamId ?? null,
    modelId: event.modelId ?? null,
    before: asStoredJson(event.before),
    after: asStoredJson(event.after),
    reason: event.reason ?? null,
    requestId: tx.requestId,
    ip: tx.ip ?? null,
    userAgent: tx.userAgent ?? null,
  });
}

/**
 * Appends the transaction's events to the chain: locks the head row (concurrent writers queue
 * here, so the chain never forks and sequence numbers stay gapless), hashes each event onto the
 * previous one, inserts them and moves the head — all inside the caller's transaction.
 */
export async function flushAuditEvents(tx: ServiceContext, pending: PendingAuditEvent[]): Promise<void> {
  if (pending.length === 0) return;
  const [head] = await tx.db.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for("update");
  if (!head) throw new Error("the audit chain head is missing; the database was not migrated");
  const at = new Date();
  let { seq, hash } = head;
  const rows = pending.map((p) => {
    seq += 1;
    const fields: AuditEventFields = { ...p, seq, at: at.toISOString() };
    const prevHash = hash;
    hash = eventHash(fields, prevHash);
    return { ...p, seq, at, prevHash, hash };
  });
  pending.length = 0;
  // Pipelined (one round trip): the head lock is held until commit, so keep it short.
  await Promise.all([
    tx.db.insert(auditEvents).values(rows),
    tx.db.update(auditChainHead).set({ seq, hash }).where(eq(auditChainHead.id, 1)),
  ]);
}
