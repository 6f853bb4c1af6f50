"use server";

import { removeMember } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Removes a member from a team; the last maintainer cannot be removed. */
export async function removeMemberAction(input: Parameters<typeof removeMember>[1]) {
  return runAction((ctx) => removeMember(ctx, input), { revalidate: "/teams" });
}
