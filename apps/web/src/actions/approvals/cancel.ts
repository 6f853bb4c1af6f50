"use server";

import { cancelTransition } from "@modelgate/core";
import { runAction } from "@/server/action";

/** The requester (or a maintainer) withdraws a pending request. */
export async function cancelRequestAction(input: Parameters<typeof cancelTransition>[1]) {
  return runAction((ctx) => cancelTransition(ctx, input), { revalidate: "/" });
}
