"use server";

import { setAliasProtection } from "@modelgate/core";
import { runAction } from "@/server/action";
import { checkModelRef } from "./refs";

/** A maintainer protects an alias (it then moves only through an approved request) or releases it. */
export async function setAliasProtectionAction(
  ref: { team: string; name: string },
  input: { alias: string; protected: boolean },
) {
  return runAction((ctx) => setAliasProtection(ctx, checkModelRef(ref), input), { revalidate: "/models" });
}
