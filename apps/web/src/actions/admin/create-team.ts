"use server";

import { createTeam } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Creates a team (slug + display name). */
export async function createTeamAction(input: Parameters<typeof createTeam>[1]) {
  return runAction((ctx) => createTeam(ctx, input), { revalidate: "/admin" });
}
