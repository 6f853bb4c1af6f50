"use server";

import { createUser } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Creates a user; without a password the result carries a temporary one, shown once. */
export async function createUserAction(input: Parameters<typeof createUser>[1]) {
  return runAction((ctx) => createUser(ctx, input), { revalidate: "/admin" });
}
