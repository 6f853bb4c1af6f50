"use server";

import { createApiToken } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Creates an API token for one of the user's teams; the secret is in the result, once. */
export async function createApiTokenAction(input: Parameters<typeof createApiToken>[1]) {
  return runAction((ctx) => createApiToken(ctx, input), { revalidate: "/profile" });
}
