"use server";

import { addComment } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Comments on a request (markdown; rendered sanitized), optionally as a reply. */
export async function addRequestCommentAction(input: { requestId: string; body: string; parentId?: string }) {
  return runAction(
    async (ctx) => {
      const { requestId, ...comment } = input;
      const c = await addComment(ctx, { requestId }, comment);
      return { id: c.id };
    },
    { revalidate: "/approvals" },
  );
}
