import "server-only";
import { can as coreCan, isDomainError, type ServiceContext, type TeamPermission } from "@modelgate/core";
import { notFound } from "next/navigation";

/** Whether to show a control: core's own decision (the service refuses anyway). */
export function can(ctx: ServiceContext, teamId: string, permission: TeamPermission): boolean {
  return coreCan(ctx, permission, teamId);
}

/** Unknown and unreadable resources look the same: a 404. */
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
