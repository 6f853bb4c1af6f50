"use server";

import { decideTransition } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Approves or rejects a request: an electronic signature (the password is re-entered). */
export async function decideAction(input: Parameters<typeof decideTransition>[1]) {
  return runAction((ctx) => decideTransition(ctx, input), { revalidate: "/" });
}
