import "server-only";
import {
  isAllowed,
  isDomainError,
  type ServiceContext,
  type TeamPermission,
  teamRoleOf,
} from "@modelgate/core";
import { notFound } from "next/navigation";

/**
 * Whether to show a control: the same pure check the services make, so viewers, auditors and
 * admins (read-only org grants) see no edit control. The service refuses anyway.
 */
export function can(ctx: ServiceContext, teamId: string, permission: TeamPermission): boolean {
  return isAllowed({
    permission,
    teamRole: teamRoleOf(ctx, teamId),
    orgRole: ctx.actor.type === "user" ? ctx.actor.orgRole : undefined,
    viaToken: false,
  });
}

/** Unknown and unreadable models look the same: a 404. */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (e) {
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

/** A search param that may arrive repeated: its first value. */
export function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
