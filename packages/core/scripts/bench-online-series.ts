/**
 * Benchmark (not a test): the champion/challenger comparison with 100,000 online metric points
 * per version. Prints the server-side time of `onlineSeries` (bucketed in SQL) and of
 * `compareVersions`. Runs on PostgreSQL when TEST_DATABASE_URL is set, else on PGlite.
 *
 *   TEST_DATABASE_URL=postgres://app:app@127.0.0.1:54329/app pnpm --filter @modelgate/core exec tsx scripts/bench-online-series.ts
 */
import { metrics, sql } from "@modelgate/db";
import { createTestDb, createTestTeam } from "@modelgate/db/testing";
import { compareVersions, createModel, onlineSeries, registerVersion, systemContext } from "../src";

const POINTS = Number(process.env.POINTS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 20);

const { db, drop } = await createTestDb();
try {
  const ctx = systemContext(db, "bench");
  const team = await createTestTeam(db);
  const ref = { team: team.slug, name: "bench-model" };
  await createModel(ctx, ref);
  const versions = [];
  for (const auc of [0.9, 0.92])
    versions.push(await registerVersion(ctx, ref, { metrics: [{ key: "auc", value: auc }] }));
  const start = Date.now() - POINTS * 60_000;
  const seed = Date.now();
  for (const v of versions) {
    for (let i = 0; i < POINTS; i += 5000) {
      const rows = Array.from({ length: Math.min(5000, POINTS - i) }, (_, k) => ({
        versionId: v.id,
        key: "latency_ms",
        value: 20 + Math.sin(i + k) * 3,
        kind: "online" as const,
        at: new Date(start + (i + k) * 60_000),
      }));
      await db.insert(metrics).values(rows);
    }
  }
  await db.execute(sql`analyze metrics`);
  console.log(
    `seeded ${POINTS.toLocaleString()} online points per version in ${((Date.now() - seed) / 1000).toFixed(1)} s`,
  );
  const time = async (label: string, fn: () => Promise<unknown>) => {
    const ms: number[] = [];
    let out: unknown;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      out = await fn();
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))]!.toFixed(1);
    console.log(
      `${label}: p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${ms.at(-1)!.toFixed(1)} ms (${RUNS} runs)`,
    );
    return out;
  };
  const series = (await time("onlineSeries(2 versions, all data, ≤ 1000 points)", () =>
    onlineSeries(ctx, { ...ref, versions: ["1", "2"], key: "latency_ms" }),
  )) as Awaited<ReturnType<typeof onlineSeries>>;
  console.log(
    `  → ${series.series.map((s) => `v${s.version}: ${s.points.length} points`).join(", ")}, bucket ${series.bucketMs / 60_000} min`,
  );
  await time("onlineSeries(2 versions, last 7 days, ≤ 150 points)", () =>
    onlineSeries(ctx, {
      ...ref,
      versions: ["1", "2"],
      key: "latency_ms",
      from: new Date(Date.now() - 7 * 86_400_000),
      to: new Date(),
      maxPoints: 150,
    }),
  );
  await time("compareVersions(v1 vs v2)", () =>
    compareVersions(ctx, { ...ref, baseline: "1", candidate: "2" }),
  );
  console.log(`database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`);
} finally {
  await drop();
}
