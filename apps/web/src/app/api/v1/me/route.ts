import { apiRoute } from "@/server/api-route";

/** Who the caller is: the identity and roles the server resolved, never what the client claims. */
export const GET = apiRoute(async ({ ctx }) => {
  const a = ctx.actor;
  if (a.type !== "user" && a.type !== "token") return { type: a.type, name: a.name };
  return {
    type: a.type,
    userId: a.userId,
    name: a.name,
    ...(a.type === "user" ? { email: a.email, orgRole: a.orgRole } : {}),
    teamRoles: a.teamRoles,
  };
});
