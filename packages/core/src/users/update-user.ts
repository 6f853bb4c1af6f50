import { and, apiTokens, count, eq, isNull, ne, orgRoles, sessions, sql, users } from "@modelgate/db";
import { z } from "zod";
import { auditedDenial, authorizeOrg } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { hashPassword } from "../auth/passwords";
import { reauthenticate } from "../auth/reauthenticate";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";
import { passwordSchema } from "./create-user";

async function lockUser(ctx: ServiceContext, userId: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new DomainError("not_found", "That user was not found.");
  return user;
}

/** At least one enabled admin must remain, or nobody could manage the organisation. */
async function assertAnotherAdminRemains(ctx: ServiceContext, userId: string) {
  // Serialize admin demotions/disables so two admins cannot remove each other at once.
  await ctx.db.execute(sql`select pg_advisory_xact_lock(${0x6d67_6164})`);
  const [{ n } = { n: 0 }] = await ctx.db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.orgRole, "admin"), eq(users.disabled, false), ne(users.id, userId)));
  if (n === 0)
    throw new DomainError("last_admin", "This is the last active administrator; appoint another one first.");
}

const setDisabledInput = z.object({ userId: z.uuid(), disabled: z.boolean() });

/** Disables (revoking every session and token at once) or re-enables a user. */
export async function setUserDisabled(ctx: ServiceContext, rawInput: z.input<typeof setDisabledInput>) {
  await authorizeOrg(ctx, "user.manage");
  const input = parseInput(setDisabledInput, rawInput);
  if (ctx.actor.type === "user" && ctx.actor.userId === input.userId && input.disabled) {
    throw new DomainError("conflict", "You cannot disable your own account.");
  }
  return withTransaction(ctx, async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (user.disabled === input.disabled) return { changed: false };
    if (input.disabled && user.orgRole === "admin") await assertAnotherAdminRemains(tx, user.id);
    await tx.db
      .update(users)
      .set({ disabled: input.disabled, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    // Disabling kills for good: re-enabling must not resurrect old sessions or tokens.
    let revoked = { sessions: 0, tokens: 0 };
    if (input.disabled) {
      const now = new Date();
      const s = await tx.db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id });
      const t = await tx.db
        .update(apiTokens)
        .set({ revokedAt: now })
        .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      revoked = { sessions: s.length, tokens: t.length };
    }
    await emitAudit(tx, {
      action: input.disabled ? "user.disabled" : "user.enabled",
      entityType: "user",
      entityId: user.id,
      before: { disabled: user.disabled },
      after: { disabled: input.disabled, email: user.email, ...(input.disabled ? { revoked } : {}) },
    });
    return { changed: true };
  });
}

const setOrgRoleInput = z.object({ userId: z.uuid(), orgRole: z.enum(orgRoles) });

export async function setUserOrgRole(ctx: ServiceContext, rawInput: z.input<typeof setOrgRoleInput>) {
  await authorizeOrg(ctx, "user.manage");
  const input = parseInput(setOrgRoleInput, rawInput);
  return withTransaction(ctx, async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (user.orgRole === input.orgRole) return { changed: false };
    if (user.orgRole === "admin") await assertAnotherAdminRemains(tx, user.id);
    await tx.db
      .update(users)
      .set({ orgRole: input.orgRole, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await emitAudit(tx, {
      action: "user.role_changed",
      entityType: "user",
      entityId: user.id,
      before: { orgRole: user.orgRole },
      after: { orgRole: input.orgRole, email: user.email },
    });
    return { changed: true };
  });
}

const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: passwordSchema,
});

/** A signed-in user changes their own password; other sessions are ended. */
export async function changeOwnPassword(ctx: ServiceContext, rawInput: z.input<typeof changePasswordInput>) {
  if (ctx.actor.type !== "user") {
    const error = new DomainError("forbidden", "Only a signed-in user can change a password.");
    throw await auditedDenial(ctx, error, "user.password", null, "people_only");
  }
  const input = parseInput(changePasswordInput, rawInput);
  // Re-entering the current password is throttled and audited like a login: no side door.
  const actor = await reauthenticate(ctx, input.currentPassword, { kind: "password_change" });
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    const others = actor.sessionId ? ne(sessions.id, actor.sessionId) : undefined;
    await tx.db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.userId, actor.userId), isNull(sessions.revokedAt), others));
    await emitAudit(tx, { action: "user.password_changed", entityType: "user", entityId: actor.userId });
  });
}
