/**
 * Promotion gates, pure: what a policy demands of a version, and whether the version meets it.
 * The beat-champion gate uses the comparison function, the one implementation of "better".
 */
import { z } from "zod";
import { compareMetric, defaultDefinition, type MetricDefinition } from "../compare/compare";

export const metricOps = [">=", "<=", ">", "<"] as const;
export const gateSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("metric"),
    key: z.string().min(1).max(100),
    op: z.enum(metricOps),
    threshold: z.number().finite(),
  }),
  z.object({
    type: z.literal("beat_champion"),
    key: z.string().min(1).max(100),
    /** Required improvement over the champion: absolute units, or percent when `relative`. */
    minDelta: z.number().min(0).default(0),
    relative: z.boolean().default(false),
    /** Overrides the team's metric definition; without either, higher is better. */
    direction: z.enum(["higher", "lower"]).optional(),
  }),
  z.object({ type: z.literal("model_card") }),
  z.object({ type: z.literal("dataset_recorded") }),
  z.object({ type: z.literal("artifacts_verified") }),
  /**
   * The security scan found no uploaded artifact unsafe. Artifacts needing review (`unknown`
   * imports, `not_scanned` formats) pass with a note unless `allowReview` is false; external
   * artifacts are not scanned by the server and pass, stated as such.
   */
  z.object({ type: z.literal("scan_clean"), allowReview: z.boolean().default(true) }),
]);
export type Gate = z.infer<typeof gateSchema>;

export interface GateFacts {
  metrics: Record<string, number>;
  /** The production champion's metrics; undefined when there is no champion. */
  championMetrics?: Record<string, number>;
  championVersion?: number;
  /** The team's metric definitions (direction of each key). */
  definitions?: Record<string, MetricDefinition>;
  modelCard: string;
  lineage: { datasetName?: string; datasetVersion?: string; datasetDigest?: string };
  artifacts: {
    path: string;
    status: string;
    external?: boolean;
    /** The security scan's verdict and category; null/absent: not scanned. */
    scanVerdict?: string | null;
    scanCategory?: string | null;
  }[];
}

export interface GateResult {
  gate: Gate;
  label: string;
  passed: boolean;
  actual: string;
  required: string;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(4).replace(/\.?0+$/, ""));

export function gateLabel(g: Gate): string {
  switch (g.type) {
    case "metric":
      return `${g.key} ${g.op} ${fmt(g.threshold)}`;
    case "beat_champion":
      return `beats champion on ${g.key} by ≥ ${fmt(g.minDelta)}${g.relative ? "%" : ""}${g.direction ? ` (${g.direction} is better)` : ""}`;
    case "model_card":
      return "model card present";
    case "dataset_recorded":
      return "dataset recorded";
    case "artifacts_verified":
      return "all artifacts verified";
    case "scan_clean":
      return g.allowReview === false ? "security scan clean (no review findings)" : "security scan clean";
  }
}

export function evaluateGate(g: Gate, f: GateFacts): GateResult {
  const r = (passed: boolean, actual: string, required: string): GateResult => ({
    gate: g,
    label: gateLabel(g),
    passed,
    actual,
    required,
  });
  switch (g.type) {
    case "metric": {
      const v = f.metrics[g.key];
      if (v === undefined) return r(false, `${g.key} not recorded`, `${g.op} ${fmt(g.threshold)}`);
      const ok =
        g.op === ">="
          ? v >= g.threshold
          : g.op === "<="
            ? v <= g.threshold
            : g.op === ">"
              ? v > g.threshold
              : v < g.threshold;
      return r(ok, fmt(v), `${g.op} ${fmt(g.threshold)}`);
    }
    case "beat_champion": {
      const def = f.definitions?.[g.key] ?? defaultDefinition(g.key);
      const direction = g.direction ?? def.direction;
      const required = `${direction === "higher" ? "+" : "−"}${fmt(g.minDelta)}${g.relative ? "%" : ""} vs champion`;
      if (!f.championMetrics) return r(true, "no champion yet", required);
      // The comparison page's function: one definition of "better".
      const c = compareMetric({ ...def, direction }, f.championMetrics[g.key], f.metrics[g.key]);
      if (c.missing === "candidate" || c.missing === "both")
        return r(false, `${g.key} not recorded`, required);
      if (c.missing === "baseline")
        return r(true, `champion v${f.championVersion} has no ${g.key}`, required);
      const gained = g.relative ? c.relativeImprovement : c.improvement;
      // A relative gain over a zero baseline is unbounded: any improvement passes.
      const passed = gained === null ? c.improvement! > 0 : gained >= g.minDelta;
      const shownDelta = gained === null ? "+∞" : `${gained >= 0 ? "+" : ""}${fmt(gained)}`;
      return r(
        passed,
        `${fmt(c.candidate!)} vs ${fmt(c.baseline!)} (${shownDelta}${g.relative ? "%" : ""})`,
        required,
      );
    }
    case "model_card": {
      const ok = f.modelCard.trim().length > 0;
      return r(ok, ok ? `${f.modelCard.trim().length} characters` : "empty", "present");
    }
    case "dataset_recorded": {
      const ds = f.lineage;
      const ok = Boolean(ds.datasetName && (ds.datasetVersion || ds.datasetDigest));
      return r(
        ok,
        ok ? `${ds.datasetName}@${ds.datasetVersion ?? ds.datasetDigest}` : "no dataset name and version",
        "name + version or digest",
      );
    }
    case "artifacts_verified": {
      const missing = f.artifacts.filter((a) => a.status !== "verified").map((a) => a.path);
      return r(
        missing.length === 0,
        missing.length ? `unverified: ${missing.join(", ")}` : `${f.artifacts.length} verified`,
        "all verified",
      );
    }
    case "scan_clean": {
      const allowReview = g.allowReview !== false;
      const named = (xs: GateFacts["artifacts"]) =>
        xs.map((a) => (a.scanVerdict ? `${a.path} (${a.scanVerdict})` : a.path)).join(", ");
      const unsafe = f.artifacts.filter((a) => a.scanCategory === "unsafe");
      const review = f.artifacts.filter((a) => a.scanCategory === "review");
      const clean = f.artifacts.filter((a) => a.scanCategory === "clean");
      const external = f.artifacts.filter((a) => !a.scanCategory && a.external);
      const unscanned = f.artifacts.filter((a) => !a.scanCategory && !a.external);
      const parts: string[] = [];
      if (unsafe.length) parts.push(`unsafe: ${named(unsafe)}`);
      if (review.length) parts.push(`needs review: ${named(review)}`);
      if (unscanned.length) parts.push(`not scanned: ${named(unscanned)}`);
      if (clean.length) parts.push(`${clean.length} clean`);
      if (external.length) parts.push(`${external.length} external (not scanned)`);
      const passed = unsafe.length === 0 && (allowReview || review.length + unscanned.length === 0);
      return r(
        passed,
        parts.length ? parts.join("; ") : "no artifacts",
        allowReview ? "no unsafe artifact" : "every uploaded artifact clean",
      );
    }
  }
}

export function evaluateGates(gates: readonly Gate[], facts: GateFacts): GateResult[] {
  return gates.map((g) => evaluateGate(g, facts));
}

/** Gates a rollback waives: the version was approved on its metrics before. */
export function isMetricGate(g: Gate): boolean {
  return g.type === "metric" || g.type === "beat_champion";
}
