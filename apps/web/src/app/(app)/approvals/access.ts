import "server-only";
import {
  isAllowed,
  isDomainError,
  type ServiceContext,
  type TeamPermission,
  teamRoleOf,
} from "@modelgate/core";
import { notFound } from "next/navigation";

/** Whether to show a control: the same pure check the services make (they refuse anyway). */
export function can(ctx: ServiceContext, teamId: string, permission: TeamPermission): boolean {
  return isAllowed({
    permission,
    teamRole: teamRoleOf(ctx, teamId),
    orgRole: ctx.actor.type === "user" ? ctx.actor.orgRole : undefined,
    viaToken: false,
  });
}

/** Unknown and unreadable requests or models look the same: a 404. */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (e) {
    if (isDomainError(e) && e.code === "not_found") notFound();
    throw e;
  }
}
