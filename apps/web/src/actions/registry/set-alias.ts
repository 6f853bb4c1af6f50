"use server";

import { setAlias } from "@modelgate/core";
import { runAction } from "@/server/action";
import { checkModelRef } from "./refs";

/** Points an unprotected alias at a ready version; champion and protected aliases are refused. */
export async function setAliasAction(
  ref: { team: string; name: string },
  input: { alias: string; version: number },
) {
  return runAction((ctx) => setAlias(ctx, checkModelRef(ref), input), { revalidate: "/models" });
}
