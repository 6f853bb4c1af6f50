import { metrics } from "@modelgate/db";
import { z } from "zod";
import { emitAudit } from "../audit/emit";
import { type ServiceContext, withTransaction } from "../context";
import { parseInput } from "../validation";
import { METRIC_KEY_PATTERN, METRIC_KEY_RULE } from "./refs";
import { loadVersion } from "./versions";

export const logMetricsInput = z
  .object({
    points: z
      .array(
        z.object({
          key: z.string().regex(METRIC_KEY_PATTERN, METRIC_KEY_RULE),
          value: z.number().finite(),
          timestamp: z.coerce.date().optional(),
        }),
      )
      .min(1, "Send at least one point")
      .max(10_000, "At most 10,000 points per batch"),
  })
  .strict();

/**
 * Appends a batch of online (production monitoring) metric points to a version. One audit event
 * per batch, naming the keys and the time range, keeps the trail readable.
 */
export async function logOnlineMetrics(
  ctx: ServiceContext,
  ref: { team: string; name: string; version: number },
  rawInput: z.input<typeof logMetricsInput>,
) {
  const input = parseInput(logMetricsInput, rawInput);
  const { model, version } = await loadVersion(ctx, ref, "metric.log");
  const now = new Date();
  const rows = input.points.map((p) => ({
    versionId: version.id,
    key: p.key,
    value: p.value,
    kind: "online" as const,
    at: p.timestamp ?? now,
  }));
  const times = rows.map((r) => r.at.getTime());
  return withTransaction(ctx, async (tx) => {
    for (let i = 0; i < rows.length; i += 2000) await tx.db.insert(metrics).values(rows.slice(i, i + 2000));
    await emitAudit(tx, {
      action: "metrics.logged",
      entityType: "model_version",
      entityId: version.id,
      teamId: model.teamId,
      modelId: model.id,
      after: {
        version: `${model.fullName}/${version.version}`,
        points: rows.length,
        keys: [...new Set(rows.map((r) => r.key))].sort(),
        from: new Date(Math.min(...times)).toISOString(),
        to: new Date(Math.max(...times)).toISOString(),
      },
    });
    return { accepted: rows.length };
  });
}
