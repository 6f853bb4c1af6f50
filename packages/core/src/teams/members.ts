import { and, asc, count, eq, memberships, pgErrorCode, sql, teamRoles, teams, users } from "@modelgate/db";
import { z } from "zod";
import { authorize } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { normalizeEmail } from "../auth/login";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";

const memberRef = z.object({ teamId: z.uuid(), userId: z.uuid() });
const addMemberInput = memberRef.extend({ role: z.enum(teamRoles) });
const addMemberByEmailInput = z.object({
  teamId: z.uuid(),
  email: z.email("Enter a valid email"),
  role: z.enum(teamRoles),
});

/** Locks the team row: membership changes of one team are serialized (last-maintainer rule). */
async function lockTeam(ctx: ServiceContext, teamId: string) {
  const [team] = await ctx.db.select().from(teams).where(eq(teams.id, teamId)).for("update");
  if (!team) throw new DomainError("not_found", "That team was not found.");
  return team;
}

async function findMembership(ctx: ServiceContext, teamId: string, userId: string) {
  const [m] = await ctx.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
  return m;
}

async function maintainersLeft(ctx: ServiceContext, teamId: string, exceptUserId: string) {
  const rows = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.role, "maintainer")));
  return rows.filter((r) => r.userId !== exceptUserId).length;
}

export async function addMember(ctx: ServiceContext, rawInput: z.input<typeof addMemberInput>) {
  const input = parseInput(addMemberInput, rawInput);
  await authorize(ctx, "member.manage", { teamId: input.teamId, label: "That team" });
  return withTransaction(ctx, async (tx) => {
    await lockTeam(tx, input.teamId);
    try {
      await tx.db.insert(memberships).values(input);
    } catch (e) {
      if (pgErrorCode(e) === "23505")
        throw new DomainError("already_exists", "That user is already a member of the team.");
      if (pgErrorCode(e) === "23503") throw new DomainError("not_found", "That user was not found.");
      throw e;
    }
    await emitAudit(tx, {
      action: "membership.added",
      entityType: "membership",
      entityId: `${input.teamId}:${input.userId}`,
      teamId: input.teamId,
      after: { userId: input.userId, role: input.role },
    });
  });
}

/** Adds a member by email, as the team settings form does. */
export async function addMemberByEmail(ctx: ServiceContext, rawInput: z.input<typeof addMemberByEmailInput>) {
  const input = parseInput(addMemberByEmailInput, rawInput);
  await authorize(ctx, "member.manage", { teamId: input.teamId, label: "That team" });
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(input.email)}`);
  if (!user) {
    throw new DomainError(
      "not_found",
      `No user with email ${input.email}. Ask an administrator to create it first.`,
      {
        fields: { email: ["Unknown user"] },
      },
    );
  }
  return addMember(ctx, { teamId: input.teamId, userId: user.id, role: input.role });
}

export async function changeMemberRole(ctx: ServiceContext, rawInput: z.input<typeof addMemberInput>) {
  const input = parseInput(addMemberInput, rawInput);
  await authorize(ctx, "member.manage", { teamId: input.teamId, label: "That team" });
  return withTransaction(ctx, async (tx) => {
    await lockTeam(tx, input.teamId);
    const m = await findMembership(tx, input.teamId, input.userId);
    if (!m) throw new DomainError("not_found", "That user is not a member of the team.");
    if (m.role === input.role) return;
    if (m.role === "maintainer" && (await maintainersLeft(tx, input.teamId, input.userId)) === 0) {
      throw new DomainError(
        "last_maintainer",
        "A team needs at least one maintainer; appoint another one first.",
      );
    }
    await tx.db
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.teamId, input.teamId), eq(memberships.userId, input.userId)));
    await emitAudit(tx, {
      action: "membership.role_changed",
      entityType: "membership",
      entityId: `${input.teamId}:${input.userId}`,
      teamId: input.teamId,
      before: { role: m.role },
      after: { role: input.role, userId: input.userId },
    });
  });
}

export async function removeMember(ctx: ServiceContext, rawInput: z.input<typeof memberRef>) {
  const input = parseInput(memberRef, rawInput);
  await authorize(ctx, "member.manage", { teamId: input.teamId, label: "That team" });
  return withTransaction(ctx, async (tx) => {
    await lockTeam(tx, input.teamId);
    const m = await findMembership(tx, input.teamId, input.userId);
    if (!m) return;
    if (m.role === "maintainer" && (await maintainersLeft(tx, input.teamId, input.userId)) === 0) {
      throw new DomainError(
        "last_maintainer",
        "The last maintainer cannot be removed; appoint another one first.",
      );
    }
    await tx.db
      .delete(memberships)
      .where(and(eq(memberships.teamId, input.teamId), eq(memberships.userId, input.userId)));
    await emitAudit(tx, {
      action: "membership.removed",
      entityType: "membership",
      entityId: `${input.teamId}:${input.userId}`,
      teamId: input.teamId,
      before: { role: m.role, userId: input.userId },
    });
  });
}

/** A team with its members, for anyone who may read the team. */
export async function getTeamWithMembers(ctx: ServiceContext, slug: string) {
  const [team] = await ctx.db.select().from(teams).where(eq(teams.slug, slug));
  if (!team) throw new DomainError("not_found", `Team ${slug} was not found.`);
  await authorize(ctx, "team.read", { teamId: team.id, label: `Team ${slug}` });
  const members = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      disabled: users.disabled,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, team.id))
    .orderBy(asc(users.name));
  const [{ n: maintainers } = { n: 0 }] = await ctx.db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.teamId, team.id), eq(memberships.role, "maintainer")));
  return { team, members, maintainers };
}
