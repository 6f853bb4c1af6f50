"use server";

import { changeMemberRole } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Changes a member's team role; the last maintainer cannot be demoted. */
export async function changeMemberRoleAction(input: Parameters<typeof changeMemberRole>[1]) {
  return runAction((ctx) => changeMemberRole(ctx, input), { revalidate: "/teams" });
}
