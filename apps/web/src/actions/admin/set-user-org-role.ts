"use server";

import { setUserOrgRole } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Changes a user's organisation role (member, auditor, admin). */
export async function setUserOrgRoleAction(input: Parameters<typeof setUserOrgRole>[1]) {
  return runAction((ctx) => setUserOrgRole(ctx, input), { revalidate: "/admin" });
}
