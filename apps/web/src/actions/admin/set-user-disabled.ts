"use server";

import { setUserDisabled } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Disables (ending their sessions and tokens) or re-enables a user. */
export async function setUserDisabledAction(input: Parameters<typeof setUserDisabled>[1]) {
  return runAction((ctx) => setUserDisabled(ctx, input), { revalidate: "/admin" });
}
