import { eq, teams } from "@modelgate/db";
import { authorize } from "../access/authorize";
import type { TeamPermission } from "../access/permissions";
import type { ServiceContext } from "../context";
import { DomainError } from "../errors";

/** Loads a team by slug and checks `permission` on it; unknown and unreadable teams look the same. */
export async function loadTeam(ctx: ServiceContext, slug: string, permission: TeamPermission) {
  const [team] = await ctx.db.select().from(teams).where(eq(teams.slug, slug)).limit(1);
  if (!team) throw new DomainError("not_found", `Team ${slug} was not found.`);
  await authorize(ctx, permission, { teamId: team.id, label: `Team ${slug}` });
  return team;
}
