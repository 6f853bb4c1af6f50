import "server-only";
import type { AuditCheckpoint, AuditEventRow, AuditSigner, ServiceContext } from "@modelgate/core";
import type { z } from "zod";
import { type AuditFilterParams, auditFilterOf, serviceFilter } from "@/lib/audit-filter";
import type { auditCheckpointDto, auditEventDto } from "./api-schemas";

/**
 * An audit event as the API returns it: every stored field, exactly as the chain hashes it (the
 * export's event lines carry the same fields), with the time as an ISO-8601 UTC string.
 */
export function toAuditEventDto(e: AuditEventRow): z.input<typeof auditEventDto> {
  return {
    seq: e.seq,
    at: e.at.toISOString(),
    actorType: e.actorType,
    actorUserId: e.actorUserId,
    actorTokenId: e.actorTokenId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    teamId: e.teamId,
    modelId: e.modelId,
    before: e.before,
    after: e.after,
    reason: e.reason,
    requestId: e.requestId,
    ip: e.ip,
    userAgent: e.userAgent,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

export function toCheckpointDto(c: AuditCheckpoint): z.input<typeof auditCheckpointDto> {
  return { seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId, signature: c.signature };
}

/**
 * The audit filter of a parsed query (audit-query.ts), time bounds as UTC instants; the service
 * validates it. Like the audit page, "any" means no filter.
 */
export function auditFilterFromQuery(query: AuditFilterParams): AuditFilterParams {
  return serviceFilter(auditFilterOf(query));
}

/** The runtime puts the signing key on every context; the audit services that sign require it. */
export function withSigner(ctx: ServiceContext): ServiceContext & { auditSigner: AuditSigner } {
  if (!ctx.auditSigner) throw new Error("the audit signing key is not configured on this context");
  return ctx as ServiceContext & { auditSigner: AuditSigner };
}
