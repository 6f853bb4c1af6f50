import { eq, transitionRequests } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  compareVersions,
  createContext,
  createModel,
  decideTransition,
  getRequest,
  hashPassword,
  logOnlineMetrics,
  metricAcrossVersions,
  onlineSeries,
  registerVersion,
  requestTransition,
  type ServiceContext,
  setAlias,
  setMetricDefinition,
  updateModel,
  type VersionComparison,
} from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
const PW = "compare-password-1";
let team: { id: string; slug: string };
let alice: ServiceContext;
let rev: ServiceContext;
let rev2: ServiceContext;
let boss: ServiceContext;

async function person(role: "contributor" | "reviewer" | "maintainer") {
  const u = await createTestUser(t.db, { passwordHash: await hashPassword(PW) });
  await addTestMember(t.db, team.id, u.id, role);
  return createContext(t.db, {
    type: "user",
    userId: u.id,
    name: u.name,
    email: u.email,
    orgRole: "member",
    teamRoles: { [team.id]: role },
  });
}

let n = 0;
async function modelWithChampion() {
  const ref = { team: team.slug, name: `cmp-${++n}` };
  await createModel(alice, { ...ref, modelCard: "# Card" });
  const metrics = [
    [
      { key: "auc", value: 0.9 },
      { key: "latency_ms", value: 50 },
    ],
    [
      { key: "auc", value: 0.93 },
      { key: "latency_ms", value: 55 },
      { key: "f1", value: 0.7 },
    ],
  ];
  for (const [i, m] of metrics.entries())
    await registerVersion(alice, ref, {
      metrics: m,
      params: { lr: i === 0 ? "0.1" : "0.05", depth: "6" },
      lineage: { datasetName: "tx", datasetVersion: `2026-0${i + 1}`, gitCommit: `abcdef${i}` },
    });
  for (const stage of ["staging", "production"] as const) {
    const r = await requestTransition(alice, { ...ref, version: 1, toStage: stage, reason: "ship" });
    // Production takes two signatures under the default policy.
    for (const reviewer of stage === "production" ? [rev, rev2] : [rev])
      await decideTransition(reviewer, { requestId: r.id, decision: "approve", reason: "ok", password: PW });
  }
  return ref;
}

beforeAll(async () => {
  team = await createTestTeam(t.db);
  alice = await person("contributor");
  rev = await person("reviewer");
  rev2 = await person("reviewer");
  boss = await person("maintainer");
  await setMetricDefinition(boss, {
    team: team.slug,
    key: "latency_ms",
    displayName: "p99 latency",
    unit: "ms",
    direction: "lower",
  });
});

describe("compareVersions", () => {
  it("defaults to champion vs the challenger alias (else the newest staging version), by direction", async () => {
    const ref = await modelWithChampion();
    await updateModel(alice, ref, { primaryMetric: "auc" });
    await setAlias(alice, ref, { alias: "challenger", version: 2 });
    const c = await compareVersions(rev, ref);
    expect(c.baseline).toMatchObject({ version: 1, stage: "production", aliases: ["champion"] });
    expect(c.candidate).toMatchObject({ version: 2, aliases: ["challenger"] });
    expect(c.basis).toBe("champion vs challenger");
    const byKey = Object.fromEntries(c.metrics.map((m) => [m.key, m]));
    expect(byKey.latency_ms).toMatchObject({
      defined: true,
      direction: "lower",
      winner: "baseline",
      unit: "ms",
    });
    expect(byKey.auc).toMatchObject({ defined: false, winner: "candidate" });
    expect(byKey.f1).toMatchObject({ missing: "baseline", winner: null });
    expect(c.summary.primary?.key).toBe("auc");
    expect(c.params.find((p) => p.key === "lr")).toMatchObject({
      change: "changed",
      baseline: "0.1",
      candidate: "0.05",
    });
    expect(c.lineage.find((p) => p.key === "gitCommit")).toMatchObject({ change: "changed" });
  });

  it("compares any two versions by number or alias, and says clearly when there is nothing to compare", async () => {
    const ref = await modelWithChampion();
    const c = await compareVersions(rev, { ...ref, baseline: "2", candidate: "@champion" });
    expect([c.baseline.version, c.candidate.version]).toEqual([2, 1]);
    await expect(compareVersions(rev, { ...ref, candidate: "nope" })).rejects.toMatchObject({
      code: "not_found",
    });
    const empty = { team: team.slug, name: `cmp-empty-${++n}` };
    await createModel(alice, empty);
    await expect(compareVersions(rev, empty)).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringMatching(/no production champion/),
    });
  });
});

describe("the comparison snapshot on a promotion request", () => {
  it("is taken at request time and stays as it was after later metrics", async () => {
    const ref = await modelWithChampion();
    const staging = await requestTransition(alice, { ...ref, version: 2, toStage: "staging", reason: "try" });
    await decideTransition(rev, { requestId: staging.id, decision: "approve", reason: "ok", password: PW });
    const req = await requestTransition(alice, {
      ...ref,
      version: 2,
      toStage: "production",
      reason: "better auc",
    });
    const snapshot = async () =>
      (await t.db.select().from(transitionRequests).where(eq(transitionRequests.id, req.id)))[0]!
        .comparisonAtRequest as VersionComparison;
    const before = await snapshot();
    expect(before).toMatchObject({ baseline: { version: 1 }, candidate: { version: 2 } });
    expect(before.metrics.find((m) => m.key === "auc")).toMatchObject({ baseline: 0.9, candidate: 0.93 });
    await registerVersion(alice, ref, { metrics: [{ key: "auc", value: 0.99 }] });
    await logOnlineMetrics(alice, { ...ref, version: 2 }, { points: [{ key: "latency_ms", value: 70 }] });
    expect(await snapshot()).toEqual(before);
    const shown = await getRequest(rev, req.id);
    expect(shown.comparisonAtRequest).toEqual(before);
    expect(shown.comparisonNow).toMatchObject({ baseline: { version: 1 }, candidate: { version: 2 } });
    expect(shown.comparisonChanged).toBe(false);
  });
});

describe("online series", () => {
  it("aggregates 20,000 points per version into at most maxPoints buckets with correct averages", async () => {
    const ref = await modelWithChampion();
    const start = Date.UTC(2026, 10, 1);
    for (const version of [1, 2]) {
      for (let batch = 0; batch < 2; batch++) {
        const points = Array.from({ length: 10_000 }, (_, i) => {
          const k = batch * 10_000 + i;
          return {
            key: "latency_ms",
            value: version * 10 + (k % 2),
            timestamp: new Date(start + k * 60_000),
          };
        });
        await logOnlineMetrics(alice, { ...ref, version }, { points });
      }
    }
    const s = await onlineSeries(rev, {
      ...ref,
      versions: ["champion", "2"],
      key: "latency_ms",
      maxPoints: 500,
    });
    expect(s.definition).toMatchObject({ direction: "lower", unit: "ms" });
    expect(s.series.map((x) => x.version)).toEqual([1, 2]);
    for (const series of s.series) {
      expect(series.points.length).toBeLessThanOrEqual(500);
      expect(series.points.length).toBeGreaterThan(100);
      expect(series.points.reduce((sum, p) => sum + p.n, 0)).toBe(20_000);
    }
    const mean = (v: number) => s.series.find((x) => x.version === v)!.points[0]!.avg;
    expect(mean(1)).toBeCloseTo(10.5, 5);
    expect(mean(2)).toBeCloseTo(20.5, 5);
    const window = await onlineSeries(rev, {
      ...ref,
      versions: ["1"],
      key: "latency_ms",
      from: new Date(start).toISOString(),
      to: new Date(start + 60 * 60_000).toISOString(),
    });
    expect(window.series[0]!.points.reduce((sum, p) => sum + p.n, 0)).toBe(61);
  });

  it("plots an offline metric across versions with their stages", async () => {
    const ref = await modelWithChampion();
    const r = await metricAcrossVersions(rev, { ...ref, key: "auc" });
    expect(r.points).toEqual([
      { version: 1, stage: "production", value: 0.9 },
      { version: 2, stage: "none", value: 0.93 },
    ]);
  });
});
