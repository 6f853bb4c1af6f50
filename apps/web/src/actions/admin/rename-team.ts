"use server";

import { renameTeam } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Renames a team's display name; the slug never changes. */
export async function renameTeamAction(input: Parameters<typeof renameTeam>[1]) {
  return runAction((ctx) => renameTeam(ctx, input), { revalidate: "/admin" });
}
