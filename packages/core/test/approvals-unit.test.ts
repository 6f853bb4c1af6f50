import { describe, expect, it } from "vitest";
import { canTransition, evaluateGate, evaluateGates, type GateFacts, versionContentHash } from "../src";

describe("stage machine", () => {
  const ok: [string, string][] = [
    ["none", "staging"],
    ["none", "archived"],
    ["staging", "production"],
    ["staging", "archived"],
    ["production", "archived"],
    ["archived", "staging"],
  ];
  const stages = ["none", "staging", "production", "archived"] as const;
  it.each(stages.flatMap((f) => stages.map((t) => [f, t] as const)))("%s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(ok.some(([f, t]) => f === from && t === to));
  });
  it("rollback brings an archived or staging version back to production only", () => {
    expect(canTransition("archived", "production", { rollback: true })).toBe(true);
    expect(canTransition("staging", "production", { rollback: true })).toBe(true);
    expect(canTransition("none", "production", { rollback: true })).toBe(false);
    expect(canTransition("archived", "staging", { rollback: true })).toBe(false);
  });
});

const facts = (over: Partial<GateFacts> = {}): GateFacts => ({
  metrics: { auc: 0.92, latency_p99_ms: 40 },
  championMetrics: { auc: 0.9, latency_p99_ms: 45 },
  championVersion: 3,
  modelCard: "# Card",
  lineage: { datasetName: "tx", datasetVersion: "2026-11" },
  artifacts: [{ path: "m.bin", status: "verified" }],
  ...over,
});

describe("gates", () => {
  it("metric thresholds in both directions, and a missing metric fails", () => {
    expect(evaluateGate({ type: "metric", key: "auc", op: ">=", threshold: 0.9 }, facts())).toMatchObject({
      passed: true,
      actual: "0.92",
    });
    expect(
      evaluateGate({ type: "metric", key: "latency_p99_ms", op: "<=", threshold: 50 }, facts()).passed,
    ).toBe(true);
    expect(
      evaluateGate({ type: "metric", key: "latency_p99_ms", op: "<", threshold: 40 }, facts()).passed,
    ).toBe(false);
    expect(evaluateGate({ type: "metric", key: "f1", op: ">=", threshold: 0.5 }, facts())).toMatchObject({
      passed: false,
      actual: "f1 not recorded",
    });
  });

  it("beat-champion honours direction, absolute and relative deltas", () => {
    const higher = {
      type: "beat_champion",
      key: "auc",
      minDelta: 0.01,
      relative: false,
      direction: "higher",
    } as const;
    expect(evaluateGate(higher, facts()).passed).toBe(true); // +0.02
    expect(evaluateGate({ ...higher, minDelta: 0.03 }, facts()).passed).toBe(false);
    expect(evaluateGate({ ...higher, minDelta: 2, relative: true }, facts()).passed).toBe(true); // +2.22 %
    expect(evaluateGate({ ...higher, minDelta: 3, relative: true }, facts()).passed).toBe(false);
    const lower = {
      type: "beat_champion",
      key: "latency_p99_ms",
      minDelta: 5,
      relative: false,
      direction: "lower",
    } as const;
    expect(evaluateGate(lower, facts())).toMatchObject({ passed: true, actual: "40 vs 45 (+5)" });
    expect(evaluateGate(lower, facts({ metrics: { latency_p99_ms: 47 } })).passed).toBe(false);
  });

  it("beat-champion: no champion passes, missing challenger metric fails, champion without it passes", () => {
    const g = {
      type: "beat_champion",
      key: "auc",
      minDelta: 0,
      relative: false,
      direction: "higher",
    } as const;
    expect(evaluateGate(g, facts({ championMetrics: undefined })).actual).toBe("no champion yet");
    expect(evaluateGate(g, facts({ metrics: {} })).passed).toBe(false);
    expect(evaluateGate(g, facts({ championMetrics: {} })).passed).toBe(true);
  });

  it("evidence gates", () => {
    const all = evaluateGates(
      [{ type: "model_card" }, { type: "dataset_recorded" }, { type: "artifacts_verified" }],
      facts({
        modelCard: "  ",
        lineage: { datasetName: "tx" },
        artifacts: [{ path: "w.bin", status: "declared" }],
      }),
    );
    expect(all.map((g) => g.passed)).toEqual([false, false, false]);
    expect(all[2]!.actual).toBe("unverified: w.bin");
    expect(
      evaluateGates([{ type: "model_card" }, { type: "dataset_recorded" }], facts()).every((g) => g.passed),
    ).toBe(true);
  });

  it("the beat-champion gate follows the team's metric direction unless the gate overrides it", () => {
    const lowerLatency = {
      latency_ms: {
        key: "latency_ms",
        displayName: "Latency",
        unit: "ms",
        direction: "lower" as const,
        defined: true,
      },
    };
    const gate = { type: "beat_champion" as const, key: "latency_ms", minDelta: 5, relative: false };
    const f = {
      ...facts(),
      metrics: { latency_ms: 40 },
      championMetrics: { latency_ms: 50 },
      championVersion: 1,
    };
    expect(evaluateGate(gate, { ...f, definitions: lowerLatency }).passed).toBe(true);
    expect(evaluateGate(gate, f).passed).toBe(false);
    expect(evaluateGate({ ...gate, direction: "higher" }, { ...f, definitions: lowerLatency }).passed).toBe(
      false,
    );
    const zero = { ...f, metrics: { latency_ms: 1 }, championMetrics: { latency_ms: 0 } };
    expect(
      evaluateGate({ ...gate, key: "latency_ms", relative: true, direction: "higher" }, zero),
    ).toMatchObject({ passed: true, actual: "1 vs 0 (+∞%)" });
  });
});

describe("version content hash", () => {
  const base = {
    model: "fraud/scorer",
    version: 3,
    params: { b: "2", a: "1" },
    lineage: { datasetName: "tx" },
    artifacts: [{ path: "m.bin", sha256: "ab", storageUri: "sha256:ab" }],
    metrics: [{ key: "auc", value: 0.9, step: null, dataset: null, slice: null }],
  };
  it("does not depend on key order and changes with any content", () => {
    const h = versionContentHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(versionContentHash({ ...base, params: { a: "1", b: "2" } })).toBe(h);
    expect(versionContentHash({ ...base, params: { a: "1", b: "3" } })).not.toBe(h);
    expect(versionContentHash({ ...base, artifacts: [{ ...base.artifacts[0]!, sha256: "cd" }] })).not.toBe(h);
  });
});
