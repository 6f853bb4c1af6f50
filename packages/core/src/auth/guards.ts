import type { OrgRole } from "@modelgate/db";
import type { ServiceContext } from "../context";
import { DomainError } from "../errors";

/**
 * Org-level checks (users, teams, the whole audit trail): the system itself or a user with one
 * of `roles`. Team-scoped permissions come from the permission table instead.
 */
export function requireOrgRole(ctx: ServiceContext, roles: readonly OrgRole[], what: string): void {
  const a = ctx.actor;
  if (a.type === "system") return;
  if (a.type === "user" && roles.includes(a.orgRole)) return;
  const who = roles.length === 1 ? `an ${roles[0]}` : roles.map((r) => `${r}s`).join(" and ");
  throw new DomainError("forbidden", `Only ${who} can ${what}.`);
}

export function requireAdminOrSystem(ctx: ServiceContext, what: string): void {
  requireOrgRole(ctx, ["admin"], what);
}
