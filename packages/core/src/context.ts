import { randomUUID } from "node:crypto";
import type { Database, DbOrTx, OrgRole, TeamRole, Transaction } from "@modelgate/db";
import { addStatements } from "@modelgate/db";
import { emitAudit, flushAuditEvents, type PendingAuditEvent } from "./audit/emit";
import type { AuditSigner } from "./audit/signing";
import { DomainError } from "./errors";
import type { ArtifactStore } from "./registry/artifact-store";

export interface UserActor {
  type: "user";
  userId: string;
  name: string;
  email: string;
  orgRole: OrgRole;
  sessionId?: string;
  /** Team roles resolved from the database for this request — never from request input. */
  teamRoles: Record<string, TeamRole>;
}
export interface TokenActor {
  type: "token";
  userId: string;
  tokenId: string;
  name: string;
  teamId: string;
  teamRoles: Record<string, TeamRole>;
}
export interface SystemActor {
  type: "system";
  name: string;
}
/** Someone not yet signed in (a login attempt). */
export interface AnonymousActor {
  type: "anonymous";
  name: string;
}
export type Actor = UserActor | TokenActor | SystemActor | AnonymousActor;

export interface ServiceContext {
  actor: Actor;
  db: DbOrTx;
  /** Where uploaded artifact bytes go; required only by artifact services. */
  artifactStore?: ArtifactStore;
  /** The server's key for audit checkpoints and exports; required only by those services. */
  auditSigner?: AuditSigner;
  /** Outbound webhook policy (an admin setting); private networks are refused when absent. */
  webhookPolicy?: WebhookPolicy;
  /** True when `db` is an open transaction that services should join rather than nest. */
  inTransaction?: boolean;
  /** Audit events recorded in the open transaction, appended to the chain just before commit. */
  auditBuffer?: PendingAuditEvent[];
  requestId: string;
  ip?: string | null;
  userAgent?: string | null;
}

/** The person behind the actor (a user, or the owner of a token); null for the system. */
export function actorUserId(ctx: ServiceContext): string | null {
  return ctx.actor.type === "user" || ctx.actor.type === "token" ? ctx.actor.userId : null;
}

export interface WebhookPolicy {
  /** MODELGATE_WEBHOOK_ALLOW_PRIVATE: let webhooks call private, loopback and link-local addresses. */
  allowPrivateNetworks: boolean;
}

export interface RequestMeta {
  requestId?: string;
  ip?: string | null;
  userAgent?: string | null;
}

export function createContext(
  db: Database,
  actor: Actor,
  meta: RequestMeta = {},
  deps: { artifactStore?: ArtifactStore; auditSigner?: AuditSigner; webhookPolicy?: WebhookPolicy } = {},
): ServiceContext {
  return {
    actor,
    db,
    ...deps,
    requestId: meta.requestId ?? randomUUID(),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent ?? null,
  };
}

export function systemContext(db: Database, name = "Modelgate"): ServiceContext {
  return createContext(db, { type: "system", name });
}

export function anonymousContext(db: Database, meta: RequestMeta = {}): ServiceContext {
  return createContext(db, { type: "anonymous", name: "anonymous" }, meta);
}

/**
 * Runs `fn` in a transaction, joining the caller's one when `ctx` is already inside a
 * transaction, so services compose into a single atomic unit.
 */
export async function withTransaction<T>(
  ctx: ServiceContext,
  fn: (tx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  try {
    return await inNewTransaction(ctx, fn);
  } catch (e) {
    // A denial inside the rolled-back transaction is still audited, in a transaction of its own.
    if (e instanceof DomainError && e.pendingDenial) {
      const denial = e.pendingDenial;
      e.pendingDenial = undefined;
      await inNewTransaction(ctx, (tx) => emitAudit(tx, denial));
    }
    throw e;
  }
}

async function inNewTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  addStatements(2); // BEGIN and COMMIT (or ROLLBACK): drizzle does not log them
  return (ctx.db as Database).transaction(async (db: Transaction) => {
    const tx: ServiceContext = { ...ctx, db, inTransaction: true, auditBuffer: [] };
    const result = await fn(tx);
    await flushAuditEvents(tx, tx.auditBuffer!);
    return result;
  });
}
