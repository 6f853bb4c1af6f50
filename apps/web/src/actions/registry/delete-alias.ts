"use server";

import { deleteAlias } from "@modelgate/core";
import { runAction } from "@/server/action";
import { checkModelRef } from "./refs";

/** Removes an unprotected alias. */
export async function deleteAliasAction(ref: { team: string; name: string }, alias: string) {
  return runAction((ctx) => deleteAlias(ctx, checkModelRef(ref), alias), { revalidate: "/models" });
}
