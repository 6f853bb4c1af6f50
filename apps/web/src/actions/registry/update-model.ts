"use server";

import { updateModel } from "@modelgate/core";
import { runAction } from "@/server/action";
import { checkModelEditRef } from "./refs";

/** Edits description, model card, tags or primary metric; a stale `expectedRevision` is refused. */
export async function updateModelAction(
  ref: Parameters<typeof updateModel>[1],
  input: Parameters<typeof updateModel>[2],
) {
  return runAction(
    async (ctx) => {
      const m = await updateModel(ctx, checkModelEditRef(ref), input);
      return { revision: m.revision };
    },
    { revalidate: "/models" },
  );
}
