import type { TeamRole } from "@modelgate/db";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { isAllowed, type OrgPermission, orgPermissions, type TeamPermission } from "./permissions";

export interface TeamResource {
  teamId: string;
  /** How the caller named the resource, for the not-found message (e.g. "Team fraud"). */
  label?: string;
}

/** The actor's role in a team as resolved from the database for this request. */
export function teamRoleOf(ctx: ServiceContext, teamId: string): TeamRole | undefined {
  const a = ctx.actor;
  return a.type === "user" || a.type === "token" ? a.teamRoles[teamId] : undefined;
}

function orgRoleOf(ctx: ServiceContext) {
  return ctx.actor.type === "user" ? ctx.actor.orgRole : undefined;
}

/** Denials are audited on their own: the refused change never opens a transaction to ride on. */
async function auditDenial(ctx: ServiceContext, permission: string, teamId: string | null) {
  await withTransaction(ctx, (tx) =>
    emitAudit(tx, {
      action: "authorization.denied",
      entityType: teamId ? "team" : "org",
      entityId: teamId,
      teamId,
      after: {
        permission,
        teamRole: teamId ? (teamRoleOf(ctx, teamId) ?? null) : null,
        orgRole: orgRoleOf(ctx) ?? null,
      },
    }),
  );
}

function requireSignedIn(ctx: ServiceContext) {
  if (ctx.actor.type === "anonymous")
    throw new DomainError("unauthenticated", "Sign in or send an API token.");
}

/**
 * The single authorization check of every team-scoped service. A team the actor cannot even
 * read answers not_found (names must not leak); a readable team answers forbidden.
 */
export async function authorize(ctx: ServiceContext, permission: TeamPermission, resource: TeamResource) {
  requireSignedIn(ctx);
  if (ctx.actor.type === "system") return;
  const input = {
    teamRole: teamRoleOf(ctx, resource.teamId),
    orgRole: orgRoleOf(ctx),
    viaToken: ctx.actor.type === "token",
  };
  if (isAllowed({ permission, ...input })) return;
  await auditDenial(ctx, permission, resource.teamId);
  if (!isAllowed({ permission: "team.read", ...input })) {
    throw new DomainError("not_found", `${resource.label ?? "That resource"} was not found.`);
  }
  const why =
    ctx.actor.type === "token" && permission === "transition.decide"
      ? "API tokens can never approve or reject."
      : `Your role${input.teamRole ? ` (${input.teamRole})` : ""} does not allow ${permission}.`;
  throw new DomainError("forbidden", why, { permission });
}

/** Org-wide permissions (users, teams, the whole audit trail). Tokens never hold them. */
export async function authorizeOrg(ctx: ServiceContext, permission: OrgPermission) {
  requireSignedIn(ctx);
  if (ctx.actor.type === "system") return;
  const orgRole = orgRoleOf(ctx);
  if (orgRole && (orgPermissions[permission] as readonly string[]).includes(orgRole)) return;
  await auditDenial(ctx, permission, null);
  throw new DomainError(
    "forbidden",
    `Only ${orgPermissions[permission].join(" or ")} users may ${permission}.`,
    {
      permission,
    },
  );
}
