"use server";

import { setMetricDefinition } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Creates or changes what a metric key means in a team (maintainers); audited by core. */
export async function setMetricDefinitionAction(input: Parameters<typeof setMetricDefinition>[1]) {
  return runAction(
    async (ctx) => {
      const d = await setMetricDefinition(ctx, input);
      return { key: d.key };
    },
    { revalidate: "/teams" },
  );
}
