import { eq, metricDefinitions } from "@modelgate/db";
import type { ServiceContext } from "../context";
import type { MetricDefinition } from "./compare";

/** The team's metric definitions by key (no authorization: callers have checked model.read). */
export async function definitionsOf(
  ctx: ServiceContext,
  teamId: string,
): Promise<Record<string, MetricDefinition>> {
  const rows = await ctx.db.select().from(metricDefinitions).where(eq(metricDefinitions.teamId, teamId));
  return Object.fromEntries(
    rows.map((r) => [
      r.key,
      { key: r.key, displayName: r.displayName, unit: r.unit, direction: r.direction, defined: true },
    ]),
  );
}
