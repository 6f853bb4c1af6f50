import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Model, ModelgateApiError, type ModelgateClient, type TimelineEntry } from "@modelgate/client";
import { type BrowserContext, expect, test } from "@playwright/test";
import { expectShape } from "./openapi-shape";
import { baseUrl, signIn, uniqueName } from "./session";

// The client's comparison, history and metric-definition reads, over real HTTP against the demo
// seed: fraud/transaction-scorer has v1–v4 (offline auc 0.891, 0.905, 0.918, 0.927; p99 latency
// 18, 19, 21, 23 ms, defined lower-is-better), v3 promoted to production through signed approvals,
// aliases challenger=4 and shadow=3, and two weeks of hourly online_auc for v3 and v4.
let context: BrowserContext;
let cookie: string;
let client: ModelgateClient;
let scorer: Model;

test.beforeAll(async ({ browser }) => {
  const session = await signIn(browser, "maintainer");
  ({ context, cookie } = session);
  client = session.client();
  const page = await client.models.search({ team: "fraud", q: "transaction-scorer" });
  const found = page.items.find((m) => m.fullName === "fraud/transaction-scorer");
  if (!found) throw new Error("the demo seed's fraud/transaction-scorer is missing");
  scorer = found;
});
/** The scorer's production version now (other specs may promote one). */
const productionVersion = async () => {
  const page = await client.versions.list(scorer, { limit: 100 });
  return page.items.find((v) => v.stage === "production")?.version;
};
test.afterAll(async () => {
  await context?.close();
});

test("compare: two versions by number, with metric deltas, winners by direction and param diffs", async () => {
  const r = await client.compare(scorer.fullName, { baseline: 1, candidate: "2" });
  expectShape("compareVersions", r);
  expect(r.model).toBe("fraud/transaction-scorer");
  expect(r.baseline.version).toBe(1);
  expect(r.candidate.version).toBe(2);
  expect(r.basis).toBe("v1 vs v2");
  expect(r.primaryMetric).toBe("auc");
  const metric = (key: string) => r.metrics.find((m) => m.key === key);
  expect(metric("auc")).toMatchObject({
    baseline: 0.891,
    candidate: 0.905,
    direction: "higher",
    defined: true,
    winner: "candidate",
  });
  expect(metric("auc")!.delta).toBeCloseTo(0.014, 6);
  // p99 latency is defined lower-is-better: the faster baseline wins it.
  expect(metric("latency_p99_ms")).toMatchObject({
    baseline: 18,
    candidate: 19,
    direction: "lower",
    unit: "ms",
    winner: "baseline",
  });
  expect(r.summary).toMatchObject({ wins: 2, losses: 1, ties: 0, missing: 0 });
  expect(r.summary.primary?.key).toBe("auc");
  expect(r.params).toEqual(
    expect.arrayContaining([{ key: "max_depth", baseline: "6", candidate: "7", change: "changed" }]),
  );
  expect(r.lineage.find((d) => d.key === "gitCommit")).toMatchObject({
    baseline: "4be1c0a",
    candidate: "9d3e2f1",
    change: "changed",
  });
});

test("compare: by default the production champion against the challenger; aliases select versions", async () => {
  const r = await client.compare(scorer, {});
  expectShape("compareVersions", r);
  expect(r.baseline.stage).toBe("production");
  expect(r.baseline.version).toBe(await productionVersion());
  expect(r.basis).toMatch(/^champion vs /);
  expect(r.metrics.length).toBeGreaterThan(0);

  const aliases = await client.aliases.list(scorer);
  const challenger = aliases.find((a) => a.name === "challenger")?.version;
  expect(challenger).toBeTruthy();
  const byAlias = await client.compare(scorer, { baseline: "1", candidate: "challenger" });
  expect(byAlias.candidate.version).toBe(challenger);
  expect(byAlias.candidate.aliases).toContain("challenger");

  const err = await client.compare(scorer, { baseline: "1", candidate: "no-such-alias" }).catch((e) => e);
  expect(err).toBeInstanceOf(ModelgateApiError);
  expect(err).toMatchObject({ status: 404, code: "not_found" });
});

test("metrics.online: an online metric of two versions in server-side buckets, Date bounds accepted", async () => {
  const all = await client.metrics.online(scorer, { versions: [3, 4], key: "online_auc", maxPoints: 20 });
  expectShape("onlineMetrics", all);
  expect(all).toMatchObject({ model: "fraud/transaction-scorer", key: "online_auc" });
  expect(all.definition).toMatchObject({ key: "online_auc", direction: "higher", defined: true });
  expect(all.bucketMs).toBeGreaterThan(0);
  expect(all.series.map((s) => s.version).sort((a, b) => a - b)).toEqual([3, 4]);
  for (const s of all.series) {
    expect(s.points.length).toBeGreaterThan(1);
    expect(s.points.length).toBeLessThanOrEqual(20);
    for (const p of s.points) {
      expect(p.n).toBeGreaterThan(0);
      expect(p.min).toBeLessThanOrEqual(p.avg);
      expect(p.avg).toBeLessThanOrEqual(p.max);
    }
  }

  // The last three days only, with a single version named by alias.
  const to = new Date();
  const from = new Date(to.getTime() - 3 * 86_400_000);
  const recent = await client.metrics.online(scorer, { versions: "shadow", key: "online_auc", from, to });
  expectShape("onlineMetrics", recent);
  expect(Date.parse(recent.from)).toBeGreaterThanOrEqual(from.getTime() - 1000);
  expect(Date.parse(recent.to)).toBeLessThanOrEqual(to.getTime() + 1000);
  expect(recent.series).toHaveLength(1);
  for (const p of recent.series[0]!.points)
    expect(Date.parse(p.t)).toBeGreaterThanOrEqual(from.getTime() - 1000);
});

test("metrics.acrossVersions: one offline metric over every version, with stages", async () => {
  const r = await client.metrics.acrossVersions(scorer, "auc");
  expectShape("metricAcrossVersions", r);
  expect(r.key).toBe("auc");
  expect(r.definition).toMatchObject({ displayName: "AUC", direction: "higher", defined: true });
  expect(r.points).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ version: 1, value: 0.891 }),
      expect.objectContaining({ version: 2, value: 0.905 }),
      expect.objectContaining({ version: 3, value: 0.918 }),
      expect.objectContaining({ version: 4, value: 0.927 }),
    ]),
  );
  const production = await productionVersion();
  expect(production).toBeTruthy();
  expect(r.points.find((p) => p.version === production)?.stage).toBe("production");
});

test("history.timeline: stage and alias changes, newest first, with the approving signatures", async () => {
  const t = await client.history.timeline("fraud/transaction-scorer");
  expectShape("modelTimeline", t);
  expect(t.model).toBe("fraud/transaction-scorer");
  expect(t.items.length).toBeGreaterThan(0);
  const times = t.items.map((i) => Date.parse(i.at));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  const promoted = t.items.find(
    (i): i is Extract<TimelineEntry, { kind: "stage" }> =>
      i.kind === "stage" && i.version === 3 && i.toStage === "production",
  );
  expect(promoted).toBeTruthy();
  expect(promoted!.signatures.length).toBeGreaterThan(0);
  expect(promoted!.signatures.every((s) => s.decision === "approve")).toBe(true);
  expect(promoted!.requestId).toBeTruthy();
  expect(t.items).toEqual(
    expect.arrayContaining([expect.objectContaining({ kind: "alias", alias: "challenger", toVersion: 4 })]),
  );
});

test("history.asOf: the production versions now, at a given instant and before the model existed", async () => {
  const now = await client.history.asOf();
  expectShape("productionAsOf", now);
  const item = now.items.find((i) => i.model === "fraud/transaction-scorer");
  expect(item).toMatchObject({ team: "fraud", name: "transaction-scorer" });
  expect(item!.productionVersion).toBe(await productionVersion());
  expect(item!.productionSince).toBeTruthy();
  expect(item!.aliases).toEqual(expect.arrayContaining([{ alias: "shadow", version: 3 }]));
  expect(now.items.some((i) => i.team === "growth")).toBe(true);

  // At the moment production began (a Date), the same version was already in production.
  const since = new Date(item!.productionSince!);
  const then = await client.history.asOf(since);
  expectShape("productionAsOf", then);
  expect(then.at).toBe(since.toISOString());
  const before = then.items.find((i) => i.model === "fraud/transaction-scorer");
  expect(before?.productionVersion).toBe(item!.productionVersion);

  // Long before the demo seed (an ISO string): nothing of it existed yet.
  const past = await client.history.asOf("2000-01-01T00:00:00Z");
  expectShape("productionAsOf", past);
  expect(past.at).toBe("2000-01-01T00:00:00.000Z");
  expect(past.items.find((i) => i.model === "fraud/transaction-scorer")).toBeUndefined();

  const err = await client.history.asOf("not a time").catch((e) => e);
  expect(err).toBeInstanceOf(ModelgateApiError);
  expect(err).toMatchObject({ status: 400, code: "validation_failed" });
});

test("history.inventoryCsv: the model inventory as CSV, header first", async () => {
  const csv = await client.history.inventoryCsv();
  const lines = csv.split("\r\n");
  expect(lines[0]).toMatch(/^Team,Model,Archived,Owner,Champion version,Champion stage,Latest version,/);
  const row = lines.find((l) => l.startsWith("fraud,transaction-scorer,"));
  expect(row).toBeTruthy();
  expect(row).toContain(`,${scorer.latestVersion},`);
  expect(lines.some((l) => l.startsWith("growth,"))).toBe(true);
});

test("metricDefinitions: set → list → redefine → delete round trip; contributors may only read", async ({
  browser,
}) => {
  const key = uniqueName("e2e_reads").replaceAll("-", "_");
  const seeded = await client.metricDefinitions.list("fraud");
  for (const d of seeded) expectShape("setMetricDefinition", d);
  expect(seeded.find((d) => d.key === "latency_p99_ms")).toMatchObject({ unit: "ms", direction: "lower" });
  expect(seeded.find((d) => d.key === key)).toBeUndefined();

  const set = await client.metricDefinitions.set("fraud", key, {
    displayName: "E2E error rate",
    unit: "%",
    direction: "lower",
    description: "Set by the client-reads e2e test",
  });
  expectShape("setMetricDefinition", set);
  expect(set).toMatchObject({ key, displayName: "E2E error rate", unit: "%", direction: "lower" });

  const listed = await client.metricDefinitions.list("fraud");
  expect(listed.find((d) => d.key === key)).toEqual(set);

  // PUT replaces: the omitted unit and description fall back to "".
  const redefined = await client.metricDefinitions.set("fraud", key, {
    displayName: "E2E success rate",
    direction: "higher",
  });
  expectShape("setMetricDefinition", redefined);
  expect(redefined).toMatchObject({ key, displayName: "E2E success rate", unit: "", description: "" });

  const contributor = await signIn(browser, "contributor");
  try {
    const c = contributor.client();
    expect((await c.metricDefinitions.list("fraud")).some((d) => d.key === key)).toBe(true);
    const refused = await c.metricDefinitions.delete("fraud", key).catch((e) => e);
    expect(refused).toBeInstanceOf(ModelgateApiError);
    expect(refused).toMatchObject({ status: 403, code: "forbidden" });
  } finally {
    await contributor.context.close();
  }

  const deleted = await client.metricDefinitions.delete("fraud", key);
  expectShape("deleteMetricDefinition", deleted);
  expect(deleted).toEqual({ deleted: true });
  expect((await client.metricDefinitions.list("fraud")).some((d) => d.key === key)).toBe(false);
  const again = await client.metricDefinitions.delete("fraud", key).catch((e) => e);
  expect(again).toBeInstanceOf(ModelgateApiError);
  expect(again).toMatchObject({ status: 404, code: "not_found" });
});

test("the signal option aborts a read", async () => {
  const controller = new AbortController();
  controller.abort(new Error("stop"));
  await expect(client.history.timeline(scorer, { signal: controller.signal })).rejects.toThrow("stop");
});

// The built CLI (`pnpm --filter @modelgate/client build`), with the maintainer's browser session.
const cliPath = resolve(import.meta.dirname, "..", "..", "..", "packages", "client", "dist", "cli.js");

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const home = mkdtempSync(join(tmpdir(), "modelgate-e2e-reads-home-"));
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [cliPath, ...args],
      {
        cwd: home,
        env: { PATH: process.env.PATH ?? "", HOME: home, MODELGATE_URL: baseUrl, MODELGATE_COOKIE: cookie },
        timeout: 60_000,
      },
      (err, stdout, stderr) =>
        done({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

test("CLI: compare, timeline, as-of and inventory", async () => {
  const compare = await cli(["compare", "fraud/transaction-scorer", "--baseline", "1", "--candidate", "2"]);
  expect(compare.stderr).toBe("");
  expect(compare.code).toBe(0);
  expect(compare.stdout).toContain("fraud/transaction-scorer  v1 (");
  expect(compare.stdout).toMatch(/auc\s+0\.891\s+0\.905\s+\+0\.014\s+candidate/);
  expect(compare.stdout).toMatch(/latency_p99_ms\s+18\s+19\s+\+1\s+baseline \(lower is better\)/);
  expect(compare.stdout).toContain("param max_depth: 6 → 7 (changed)");
  const compareJson = await cli([
    "compare",
    "fraud/transaction-scorer",
    "--baseline",
    "1",
    "--candidate",
    "2",
    "--json",
  ]);
  expectShape("compareVersions", JSON.parse(compareJson.stdout));

  const timeline = await cli(["timeline", "fraud/transaction-scorer"]);
  expect(timeline.code).toBe(0);
  expect(timeline.stdout).toMatch(/v3 {2}staging → production {2}by /);
  expect(timeline.stdout).toContain("@challenger");

  const asOf = await cli(["as-of", "--at", "2000-01-01T00:00:00Z", "--json"]);
  expect(asOf.code).toBe(0);
  expect(JSON.parse(asOf.stdout)).toMatchObject({ at: "2000-01-01T00:00:00.000Z" });
  const asOfNow = await cli(["as-of"]);
  expect(asOfNow.stdout).toMatch(/fraud\/transaction-scorer\s+production v\d+ since /);
  const bad = await cli(["as-of", "--at", "yesterday-ish"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("--at needs an ISO-8601 time");

  const stdout = await cli(["inventory"]);
  expect(stdout.code).toBe(0);
  expect(stdout.stdout.split("\r\n")[0]).toMatch(/^Team,Model,Archived,Owner,/);
  const dir = mkdtempSync(join(tmpdir(), "modelgate-e2e-reads-"));
  const file = join(dir, "inventory.csv");
  const written = await cli(["inventory", "-o", file]);
  expect(written.code).toBe(0);
  expect(written.stdout).toContain(`to ${file}`);
  expect(readFileSync(file, "utf8")).toBe(stdout.stdout);
});
