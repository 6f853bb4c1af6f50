"use server";

import { updateVersion } from "@modelgate/core";
import { runAction } from "@/server/action";
import { checkVersionEditRef } from "./refs";

/** Edits a version's description and tags (still editable once ready), with `expectedRevision`. */
export async function updateVersionAction(
  ref: Parameters<typeof updateVersion>[1],
  input: Parameters<typeof updateVersion>[2],
) {
  return runAction(
    async (ctx) => {
      const v = await updateVersion(ctx, checkVersionEditRef(ref), input);
      return { revision: v.revision };
    },
    { revalidate: "/models" },
  );
}
