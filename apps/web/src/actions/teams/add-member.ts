"use server";

import { addMemberByEmail } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Adds an existing user to a team by email, with a role. */
export async function addMemberAction(input: Parameters<typeof addMemberByEmail>[1]) {
  return runAction((ctx) => addMemberByEmail(ctx, input), { revalidate: "/teams" });
}
