"use server";

import { registerVersion } from "@modelgate/core";
import { runAction } from "@/server/action";
import { checkModelRef } from "./refs";

/**
 * Registers the next version with its declared artifacts; the browser then uploads each file
 * to the artifacts endpoint and the version turns ready with the last one.
 */
export async function registerVersionAction(
  ref: { team: string; name: string },
  input: Parameters<typeof registerVersion>[2],
) {
  return runAction(
    async (ctx) => {
      const v = await registerVersion(ctx, checkModelRef(ref), input);
      return { version: v.version, status: v.status, pendingArtifacts: v.pendingArtifacts };
    },
    { revalidate: "/models" },
  );
}
