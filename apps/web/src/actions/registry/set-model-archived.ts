"use server";

import { setModelArchived } from "@modelgate/core";
import { runAction } from "@/server/action";
import { checkModelRef } from "./refs";

/** Archives or restores a model (maintainers). */
export async function setModelArchivedAction(ref: { team: string; name: string }, archived: boolean) {
  return runAction(
    async (ctx) => {
      const m = await setModelArchived(ctx, checkModelRef(ref), archived === true);
      return { archived: m.archived };
    },
    { revalidate: "/models" },
  );
}
