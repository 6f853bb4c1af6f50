import { describe, expect, it } from "vitest";
import {
  bucketWidthMs,
  compareMetric,
  compareMetrics,
  defaultDefinition,
  diffRecords,
  summarize,
} from "../src";

const higher = defaultDefinition("auc");
const lower = {
  key: "latency_ms",
  displayName: "p99 latency",
  unit: "ms",
  direction: "lower" as const,
  defined: true,
};

describe("compareMetric", () => {
  it("picks the winner by direction, with absolute and relative deltas", () => {
    expect(compareMetric(higher, 0.9, 0.92)).toMatchObject({
      winner: "candidate",
      missing: null,
      delta: expect.closeTo(0.02, 10),
      relativeDelta: expect.closeTo(2.2222, 3),
      improvement: expect.closeTo(0.02, 10),
    });
    const latency = compareMetric(lower, 50, 40);
    expect(latency).toMatchObject({
      winner: "candidate",
      delta: -10,
      relativeDelta: -20,
      improvement: 10,
      relativeImprovement: 20,
    });
    expect(compareMetric(lower, 40, 50)).toMatchObject({ winner: "baseline", improvement: -10 });
  });

  it("equal values tie; a missing side has no winner and says which side is missing", () => {
    expect(compareMetric(higher, 0.9, 0.9)).toMatchObject({ winner: "tie", delta: 0, relativeDelta: 0 });
    expect(compareMetric(higher, undefined, 0.9)).toMatchObject({
      winner: null,
      missing: "baseline",
      delta: null,
    });
    expect(compareMetric(higher, 0.9, null)).toMatchObject({ winner: null, missing: "candidate" });
    expect(compareMetric(higher, null, undefined)).toMatchObject({ missing: "both" });
  });

  it("a zero baseline has no relative delta unless nothing changed", () => {
    expect(compareMetric(higher, 0, 0.5)).toMatchObject({
      winner: "candidate",
      relativeDelta: null,
      delta: 0.5,
    });
    expect(compareMetric(higher, 0, 0)).toMatchObject({ winner: "tie", relativeDelta: 0 });
    expect(compareMetric(higher, -2, -1)).toMatchObject({ relativeDelta: 50, winner: "candidate" });
  });

  it("unknown keys are higher-is-better and marked undefined", () => {
    expect(defaultDefinition("f1")).toEqual({
      key: "f1",
      displayName: "f1",
      unit: "",
      direction: "higher",
      defined: false,
    });
  });
});

describe("compareMetrics and summary", () => {
  it("covers every key of either side, defined metrics first, and counts outcomes", () => {
    const rows = compareMetrics(
      { auc: 0.9, latency_ms: 50, old: 1 },
      { auc: 0.91, latency_ms: 55, new: 2 },
      { latency_ms: lower },
    );
    expect(rows.map((r) => r.key)).toEqual(["latency_ms", "auc", "new", "old"]);
    expect(summarize(rows, "auc")).toMatchObject({
      primary: { key: "auc", winner: "candidate" },
      wins: 1,
      losses: 1,
      ties: 0,
      missing: 2,
    });
    expect(summarize(rows, null).primary).toBeNull();
  });
});

describe("diffRecords", () => {
  it("marks added, removed, changed and unchanged keys", () => {
    expect(diffRecords({ a: "1", b: "2", c: ["x"] }, { b: "3", c: ["x"], d: "4" })).toEqual([
      { key: "a", baseline: "1", candidate: null, change: "removed" },
      { key: "b", baseline: "2", candidate: "3", change: "changed" },
      { key: "c", baseline: ["x"], candidate: ["x"], change: "same" },
      { key: "d", baseline: null, candidate: "4", change: "added" },
    ]);
  });
});

describe("bucketWidthMs", () => {
  const from = new Date("2026-11-01T00:00:00Z");
  it("keeps every series within the point budget with a nice width", () => {
    const twoWeeks = new Date(from.getTime() + 14 * 86_400_000);
    const w = bucketWidthMs(from, twoWeeks, 1000);
    expect(w).toBe(30 * 60_000);
    expect(Math.ceil((twoWeeks.getTime() - from.getTime()) / w)).toBeLessThanOrEqual(1000);
    expect(bucketWidthMs(from, new Date(from.getTime() + 60_000), 1000)).toBe(1000);
  });
  it("falls back to an exact width beyond 30-day buckets, and never divides by zero", () => {
    const tenThousandDays = new Date(from.getTime() + 10_000 * 86_400_000);
    const w = bucketWidthMs(from, tenThousandDays, 100);
    expect(Math.ceil((tenThousandDays.getTime() - from.getTime()) / w)).toBeLessThanOrEqual(100);
    expect(bucketWidthMs(from, from, 1000)).toBe(1000);
  });
});
