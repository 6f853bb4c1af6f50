import { auditEvents } from "@modelgate/db";
import type { ServiceContext } from "../context";
import type { AuditAction } from "./actions";

export interface AuditEventInput {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  teamId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

function actorColumns(ctx: ServiceContext) {
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

/**
 * Writes one audit event. Must be called with the transaction of the change it records, so the
 * event and the change commit or roll back together (fail closed).
 */
export async function emitAudit(tx: ServiceContext, event: AuditEventInput): Promise<void> {
  if (!tx.inTransaction) throw new Error("emitAudit must run inside the mutation's transaction");
  await tx.db.insert(auditEvents).values({
    ...actorColumns(tx),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    teamId: event.teamId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
    requestId: tx.requestId,
    ip: tx.ip ?? null,
    userAgent: tx.userAgent ?? null,
  });
}
