import { describe, expect, it } from "vitest";
import {
  MODEL_NAME_PATTERN,
  normalizeArtifactPath,
  parseMetricFilter,
  parseModelRef,
  parseTagFilter,
} from "../src";

describe("model names", () => {
  it.each(["scorer", "fraud-scorer", "a", "x1.2_b-c", "0abc"])("accepts %s", (n) =>
    expect(MODEL_NAME_PATTERN.test(n)).toBe(true),
  );
  it.each(["", "Scorer", "-a", "a-", "a b", "a/b", "ümlaut", "a".repeat(101), "../x", "a;drop"])(
    "rejects %j",
    (n) => expect(MODEL_NAME_PATTERN.test(n)).toBe(false),
  );
});

describe("parseModelRef", () => {
  it("reads every reference form", () => {
    expect(parseModelRef("fraud/scorer")).toEqual({ team: "fraud", name: "scorer" });
    expect(parseModelRef("fraud/scorer/3")).toEqual({
      team: "fraud",
      name: "scorer",
      selector: { kind: "number", version: 3 },
    });
    expect(parseModelRef("fraud/scorer@champion")).toEqual({
      team: "fraud",
      name: "scorer",
      selector: { kind: "alias", alias: "champion" },
    });
    expect(parseModelRef("fraud/scorer@latest").selector).toEqual({ kind: "latest" });
  });
  it.each([
    "scorer",
    "fraud/",
    "fraud/scorer@",
    "fraud/scorer/0x1",
    "Fraud/scorer",
    "fraud/scorer@Champion",
    "a/b/c/d",
    "x/y' or 1=1",
  ])("rejects %j with a validation error", (r) =>
    expect(() => parseModelRef(r)).toThrow(expect.objectContaining({ code: "validation_failed" })),
  );
});

describe("normalizeArtifactPath", () => {
  it("canonicalizes harmless forms", () => {
    expect(normalizeArtifactPath("model.pkl")).toBe("model.pkl");
    expect(normalizeArtifactPath("./weights//layer1/./w.bin")).toBe("weights/layer1/w.bin");
    expect(normalizeArtifactPath("a\\b.txt")).toBe("a/b.txt");
  });
  it.each(["", "/etc/passwd", "../x", "a/../../b", "C:/x", "a\u0000b", "./", "x".repeat(501)])(
    "rejects %j",
    (p) =>
      expect(() => normalizeArtifactPath(p)).toThrow(expect.objectContaining({ code: "validation_failed" })),
  );
});

describe("filters", () => {
  it("parses metric thresholds", () => {
    expect(parseMetricFilter("auc>=0.9")).toEqual({ key: "auc", op: ">=", value: 0.9 });
    expect(parseMetricFilter("latency_p99_ms <= 50")).toEqual({ key: "latency_p99_ms", op: "<=", value: 50 });
    expect(parseMetricFilter("loss<1e-3")).toEqual({ key: "loss", op: "<", value: 0.001 });
  });
  it.each(["auc", "auc>>1", "auc>=x", "'; drop table metrics; --", "auc>=1;"])(
    "rejects metric filter %j",
    (f) => expect(() => parseMetricFilter(f)).toThrow(expect.objectContaining({ code: "validation_failed" })),
  );
  it("parses tag filters", () => {
    expect(parseTagFilter("env=prod")).toEqual(["env", "prod"]);
    expect(parseTagFilter("owner=a=b")).toEqual(["owner", "a=b"]);
    expect(() => parseTagFilter("=x")).toThrow();
    expect(() => parseTagFilter("k=")).toThrow();
  });
});
