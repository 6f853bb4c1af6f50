import { DomainError, listMyTeams } from "@modelgate/core";
import { apiRoute } from "@/server/api-route";
import * as contract from "./contract";

/** Who the caller is: the identity and roles the server resolved, never what the client claims. */
export const GET = apiRoute(contract.GET, async ({ ctx }) => {
  const a = ctx.actor;
  // Authentication yields a user (session) or a token; nothing else reaches here.
  if (a.type !== "user" && a.type !== "token")
    throw new DomainError("unauthenticated", "Sign in or send an API token.");
  const teams = (await listMyTeams(ctx))
    .filter((t) => a.teamRoles[t.id])
    .map((t) => ({ slug: t.slug, name: t.name, role: a.teamRoles[t.id]! }));
  return {
    type: a.type,
    userId: a.userId,
    name: a.name,
    ...(a.type === "user" ? { email: a.email, orgRole: a.orgRole } : {}),
    /** Keyed by team id; `teams` has the same with slugs and names. */
    teamRoles: a.teamRoles,
    teams,
  };
});
