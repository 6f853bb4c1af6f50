import { asc, eq, memberships, sql, teams, users } from "@modelgate/db";
import { authorizeOrg } from "../access/authorize";
import type { ServiceContext } from "../context";

/** The teams the signed-in user belongs to, with their role in each. */
export async function listMyTeams(ctx: ServiceContext) {
  const a = ctx.actor;
  if (a.type !== "user" && a.type !== "token") return [];
  return ctx.db
    .select({ id: teams.id, slug: teams.slug, name: teams.name, role: memberships.role })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(eq(memberships.userId, a.userId))
    .orderBy(asc(teams.name));
}

/** Every user, for administrators and auditors. */
export async function listUsers(ctx: ServiceContext) {
  await authorizeOrg(ctx, "directory.read");
  return ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      orgRole: users.orgRole,
      disabled: users.disabled,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name));
}

/** Every team with its member and maintainer counts, for administrators and auditors. */
export async function listTeams(ctx: ServiceContext) {
  await authorizeOrg(ctx, "directory.read");
  return ctx.db
    .select({
      id: teams.id,
      slug: teams.slug,
      name: teams.name,
      createdAt: teams.createdAt,
      members: sql<number>`(select count(*)::int from ${memberships} where ${memberships.teamId} = ${teams.id})`,
      maintainers: sql<number>`(select count(*)::int from ${memberships} where ${memberships.teamId} = ${teams.id} and ${memberships.role} = 'maintainer')`,
    })
    .from(teams)
    .orderBy(asc(teams.name));
}
