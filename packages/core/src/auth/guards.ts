import type { ServiceContext } from "../context";
import { DomainError } from "../errors";

/** Org-level administration (users, teams): the system itself or an org admin. */
export function requireAdminOrSystem(ctx: ServiceContext, what: string): void {
  const a = ctx.actor;
  if (a.type === "system" || (a.type === "user" && a.orgRole === "admin")) return;
  throw new DomainError("forbidden", `Only an administrator can ${what}.`);
}
