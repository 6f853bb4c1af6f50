"use server";

import { changeOwnPassword } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Changes the signed-in user's password; their other sessions end. */
export async function changePasswordAction(input: Parameters<typeof changeOwnPassword>[1]) {
  return runAction((ctx) => changeOwnPassword(ctx, input), { revalidate: "/profile" });
}
