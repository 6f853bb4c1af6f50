"use server";

import { revokeApiToken } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Revokes one of the user's API tokens. */
export async function revokeApiTokenAction(input: Parameters<typeof revokeApiToken>[1]) {
  return runAction((ctx) => revokeApiToken(ctx, input), { revalidate: "/profile" });
}
