import type { TeamRole } from "@modelgate/db";
import { type AuditEventInput, emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { isAllowed, type OrgPermission, orgGrants, orgPermissions, type TeamPermission } from "./permissions";

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

/**
 * Audits a denial and returns the error to throw. Outside a transaction the event is written at
 * once; inside one it rides on the error and withTransaction writes it after the rollback. Every
 * refusal of who-may-do-what goes through here — the permission table's and a service's own rules
 * (four-eyes, protected aliases, tokens managing tokens) alike; `rule` names the latter.
 */
export async function auditedDenial(
  ctx: ServiceContext,
  error: DomainError,
  permission: string,
  teamId: string | null,
  rule?: string,
) {
  const event: AuditEventInput = {
    action: "authorization.denied",
    entityType: teamId ? "team" : "org",
    entityId: teamId,
    teamId,
    after: {
      permission,
      teamRole: teamId ? (teamRoleOf(ctx, teamId) ?? null) : null,
      orgRole: orgRoleOf(ctx) ?? null,
      ...(rule ? { rule } : {}),
    },
  };
  if (ctx.inTransaction) error.pendingDenial = event;
  else await withTransaction(ctx, (tx) => emitAudit(tx, event));
  return error;
}

function requireSignedIn(ctx: ServiceContext) {
  if (ctx.actor.type === "anonymous")
    throw new DomainError("unauthenticated", "Sign in or send an API token.");
}

/**
 * Whether the actor holds a team permission — the same decision authorize() makes, without
 * throwing or auditing. For adapters deciding which controls to show.
 */
export function can(ctx: ServiceContext, permission: TeamPermission, teamId: string): boolean {
  if (ctx.actor.type === "system") return true;
  if (ctx.actor.type === "anonymous") return false;
  return isAllowed({
    permission,
    teamRole: teamRoleOf(ctx, teamId),
    orgRole: orgRoleOf(ctx),
    viaToken: ctx.actor.type === "token",
  });
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
  if (!isAllowed({ permission: "team.read", ...input })) {
    const notFound = new DomainError("not_found", `${resource.label ?? "That resource"} was not found.`);
    throw await auditedDenial(ctx, notFound, permission, resource.teamId);
  }
  const why =
    ctx.actor.type === "token" && permission === "transition.decide"
      ? "API tokens can never approve or reject."
      : `Your role${input.teamRole ? ` (${input.teamRole})` : ""} does not allow ${permission}.`;
  throw await auditedDenial(
    ctx,
    new DomainError("forbidden", why, { permission }),
    permission,
    resource.teamId,
  );
}

/** Org-wide permissions (users, teams, the whole audit trail). Tokens never hold them. */
export async function authorizeOrg(ctx: ServiceContext, permission: OrgPermission) {
  requireSignedIn(ctx);
  if (ctx.actor.type === "system") return;
  const orgRole = orgRoleOf(ctx);
  if (orgRole && (orgPermissions[permission] as readonly string[]).includes(orgRole)) return;
  const error = new DomainError(
    "forbidden",
    `Only ${orgPermissions[permission].join(" or ")} users may ${permission}.`,
    {
      permission,
    },
  );
  throw await auditedDenial(ctx, error, permission, null);
}

/**
 * Teams whose models the actor may read, for list queries: every team when an org-wide grant
 * includes model.read (auditors, admins), else the actor's memberships.
 */
export function readableTeamIds(ctx: ServiceContext): string[] | "all" {
  const a = ctx.actor;
  if (a.type === "system") return "all";
  if (a.type === "user" && orgGrants[a.orgRole].includes("model.read")) return "all";
  if (a.type === "user" || a.type === "token") return Object.keys(a.teamRoles);
  return [];
}
