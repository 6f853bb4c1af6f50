import { and, eq, gt, isNull, loginAttempts, max, sessions, sql, users } from "@modelgate/db";
import { z } from "zod";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError, RateLimitedError } from "../errors";
import { parseInput } from "../validation";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { accountThrottle, ipThrottle, throttleWaitSeconds } from "./throttle";

export const SESSION_TTL_SECONDS = 12 * 60 * 60;

const loginInput = z.object({
  email: z.string().trim().min(1, "Email is required").max(320),
  password: z.string().min(1, "Password is required").max(1024),
});

export interface LoginResult {
  sessionId: string;
  user: { id: string; email: string; name: string; orgRole: string };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function failuresSince(ctx: ServiceContext, email: string, ip: string, now: Date) {
  const accountWindow = new Date(now.getTime() - accountThrottle.windowSeconds * 1000);
  const ipWindow = new Date(now.getTime() - ipThrottle.windowSeconds * 1000);
  // A success resets the account's count; the IP's count is not reset (an attacker's own
  // account must not unlock guessing at others).
  const [lastSuccess] = await ctx.db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.succeeded, true),
        gt(loginAttempts.at, accountWindow),
      ),
    );
  const accountFrom = lastSuccess?.at && lastSuccess.at > accountWindow ? lastSuccess.at : accountWindow;
  const account = await ctx.db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, accountFrom),
      ),
    );
  const byIp = await ctx.db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, ipWindow)));
  return { account: account.map((r) => r.at), ip: byIp.map((r) => r.at) };
}

/** Records a wrong password (login or signature) so throttling counts it, and audits it. */
export async function recordPasswordFailure(
  ctx: ServiceContext,
  f: {
    email: string;
    reason:
      | "bad_credentials"
      | "disabled"
      | "throttled"
      | "wrong_signature_password"
      | "wrong_current_password";
    userId: string | null;
    countsTowardsThrottle: boolean;
    action?: "auth.login_failed" | "transition.signature_failed" | "user.password_change_failed";
    entityId?: string;
  },
) {
  await withTransaction(ctx, async (tx) => {
    if (f.countsTowardsThrottle) {
      await tx.db.insert(loginAttempts).values({ email: f.email, ip: ctx.ip ?? "unknown", succeeded: false });
    }
    await emitAudit(tx, {
      action: f.action ?? "auth.login_failed",
      entityType: f.action === "transition.signature_failed" ? "transition_request" : "user",
      entityId: f.entityId ?? f.userId,
      after: { email: f.email, reason: f.reason, ...(f.userId ? { userId: f.userId } : {}) },
    });
  });
}

/** Seconds the next password attempt for this account (and from this IP) must wait. */
export async function passwordThrottleWait(ctx: ServiceContext, email: string, now = new Date()) {
  const failures = await failuresSince(ctx, email, ctx.ip ?? "unknown", now);
  return Math.max(
    throttleWaitSeconds(failures.account, now, accountThrottle),
    throttleWaitSeconds(failures.ip, now, ipThrottle),
  );
}

/**
 * Verifies email + password and opens a session. Throttled per account and per IP; every
 * outcome — success, wrong password, disabled, throttled — is audited.
 */
export async function login(ctx: ServiceContext, rawInput: unknown, now = new Date()): Promise<LoginResult> {
  const input = parseInput(loginInput, rawInput);
  const email = normalizeEmail(input.email);
  const ip = ctx.ip ?? "unknown";

  const wait = await passwordThrottleWait(ctx, email, now);
  if (wait > 0) {
    await recordPasswordFailure(ctx, {
      email,
      reason: "throttled",
      userId: null,
      countsTowardsThrottle: false,
    });
    throw new RateLimitedError(`Too many failed sign-in attempts. Try again in ${wait} s.`, wait);
  }

  const [user] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user?.passwordHash || !ok) {
    await recordPasswordFailure(ctx, {
      email,
      reason: "bad_credentials",
      userId: user?.id ?? null,
      countsTowardsThrottle: true,
    });
    throw new DomainError("invalid_credentials", "Wrong email or password.");
  }
  if (user.disabled) {
    await recordPasswordFailure(ctx, {
      email,
      reason: "disabled",
      userId: user.id,
      countsTowardsThrottle: true,
    });
    throw new DomainError("account_disabled", "This account is disabled. Ask an administrator to enable it.");
  }

  const actorCtx: ServiceContext = {
    ...ctx,
    actor: {
      type: "user",
      userId: user.id,
      name: user.name,
      email: user.email,
      orgRole: user.orgRole,
      teamRoles: {},
    },
  };
  const sessionId = await withTransaction(actorCtx, async (tx) => {
    await tx.db.insert(loginAttempts).values({ email, ip, succeeded: true });
    const [session] = await tx.db
      .insert(sessions)
      .values({
        userId: user.id,
        expiresAt: new Date(now.getTime() + SESSION_TTL_SECONDS * 1000),
        ip: ctx.ip ?? null,
        userAgent: ctx.userAgent ?? null,
      })
      .returning({ id: sessions.id });
    await emitAudit(tx, {
      action: "auth.login_succeeded",
      entityType: "session",
      entityId: session!.id,
      after: { userId: user.id, email: user.email },
    });
    return session!.id;
  });
  return { sessionId, user: { id: user.id, email: user.email, name: user.name, orgRole: user.orgRole } };
}

/** Ends the caller's session. Safe to repeat: a session already ended is left as it is. */
export async function logout(ctx: ServiceContext): Promise<void> {
  const actor = ctx.actor;
  if (actor.type !== "user" || !actor.sessionId) return;
  const sessionId = actor.sessionId;
  await withTransaction(ctx, async (tx) => {
    const ended = await tx.db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (ended.length === 0) return;
    await emitAudit(tx, { action: "auth.logout", entityType: "session", entityId: sessionId });
  });
}
