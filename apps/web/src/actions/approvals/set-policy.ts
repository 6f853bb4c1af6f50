"use server";

import { setPolicy } from "@modelgate/core";
import { runAction } from "@/server/action";

/** A maintainer sets the team's promotion policy for one target (or a model's override). */
export async function setPolicyAction(input: Parameters<typeof setPolicy>[1]) {
  return runAction((ctx) => setPolicy(ctx, input), { revalidate: "/teams" });
}
