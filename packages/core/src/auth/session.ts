import type { Database } from "@modelgate/db";
import { and, eq, gt, isNull, memberships, sessions, type TeamRole, users } from "@modelgate/db";
import type { UserActor } from "../context";
import { DomainError } from "../errors";

/**
 * Turns a session id (from the signed cookie) into the acting user, checked against the
 * database on every request: a revoked or expired session, or a disabled user, is refused at once.
 */
export async function resolveSession(db: Database, sessionId: string, now = new Date()): Promise<UserActor> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) throw new DomainError("unauthenticated", "Please sign in.");
  const [row] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      orgRole: users.orgRole,
      disabled: users.disabled,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) throw new DomainError("unauthenticated", "Your session has ended. Please sign in again.");
  if (row.disabled) throw new DomainError("account_disabled", "This account is disabled.");
  const roles = await db
    .select({ teamId: memberships.teamId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, row.userId));
  const teamRoles: Record<string, TeamRole> = {};
  for (const r of roles) teamRoles[r.teamId] = r.role;
  return {
    type: "user",
    userId: row.userId,
    name: row.name,
    email: row.email,
    orgRole: row.orgRole,
    sessionId,
    teamRoles,
  };
}
