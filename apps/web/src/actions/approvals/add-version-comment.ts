"use server";

import { addComment } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Comments on a version (markdown; rendered sanitized), optionally as a reply. */
export async function addVersionCommentAction(input: {
  team: string;
  name: string;
  version: number;
  body: string;
  parentId?: string;
}) {
  return runAction(
    async (ctx) => {
      const { team, name, version, ...comment } = input;
      const c = await addComment(ctx, { team, name, version }, comment);
      return { id: c.id };
    },
    { revalidate: "/models" },
  );
}
