"use server";

import { requestTransition } from "@modelgate/core";
import { runAction } from "@/server/action";

/**
 * Asks for a stage change, a rollback or a protected alias move. Returns only what the form needs
 * (the stored policy snapshot and premise stay on the server).
 */
export async function requestTransitionAction(input: Parameters<typeof requestTransition>[1]) {
  return runAction(
    async (ctx) => {
      const r = await requestTransition(ctx, input);
      return { id: r.id, status: r.status };
    },
    { revalidate: "/" },
  );
}
