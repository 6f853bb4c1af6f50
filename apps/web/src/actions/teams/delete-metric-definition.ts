"use server";

import { deleteMetricDefinition } from "@modelgate/core";
import { runAction } from "@/server/action";

/** Removes a team's metric definition: the key is then compared as higher-is-better. */
export async function deleteMetricDefinitionAction(input: Parameters<typeof deleteMetricDefinition>[1]) {
  return runAction((ctx) => deleteMetricDefinition(ctx, input), { revalidate: "/teams" });
}
