"use server";

import { createModel } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Creates a model in one of the user's teams; answers its `team/name`. */
export async function createModelAction(input: Parameters<typeof createModel>[1]) {
  return runAction(
    async (ctx) => {
      const m = await createModel(ctx, input);
      return { team: m.teamSlug, name: m.name, fullName: m.fullName };
    },
    { revalidate: "/models" },
  );
}
