/**
 * Champion/challenger comparison, pure: metrics side by side with deltas and a winner by each
 * metric's direction, and diffs of params, tags and lineage. The beat-champion promotion gate
 * calls `compareMetric` too — one definition of "better" in the product.
 */

export type Direction = "higher" | "lower";

export interface MetricDefinition {
  key: string;
  displayName: string;
  unit: string;
  direction: Direction;
  /** False for keys nobody defined: higher-is-better is assumed, and the UI says so. */
  defined: boolean;
}

export function defaultDefinition(key: string): MetricDefinition {
  return { key, displayName: key, unit: "", direction: "higher", defined: false };
}

export type Winner = "baseline" | "candidate" | "tie";

export interface MetricComparison extends MetricDefinition {
  baseline: number | null;
  candidate: number | null;
  /** candidate − baseline, in the metric's unit; null when either value is missing. */
  delta: number | null;
  /** delta as a percentage of |baseline|; null when missing or the baseline is 0 (undefined). */
  relativeDelta: number | null;
  /** How much better the candidate is, signed by direction (positive = better); null when missing. */
  improvement: number | null;
  /** improvement as a percentage of |baseline|; +∞ is reported as null with `improvement` > 0. */
  relativeImprovement: number | null;
  winner: Winner | null;
  missing: "baseline" | "candidate" | "both" | null;
}

/** One metric, both ways. Equal values are a tie; a missing side has no winner. */
export function compareMetric(
  def: MetricDefinition,
  baseline: number | undefined | null,
  candidate: number | undefined | null,
): MetricComparison {
  const b = baseline ?? null;
  const c = candidate ?? null;
  const missing =
    b === null && c === null ? "both" : b === null ? "baseline" : c === null ? "candidate" : null;
  if (b === null || c === null)
    return {
      ...def,
      baseline: b,
      candidate: c,
      delta: null,
      relativeDelta: null,
      improvement: null,
      relativeImprovement: null,
      winner: null,
      missing,
    };
  const delta = c - b;
  const improvement = def.direction === "higher" ? delta : -delta;
  const relative = (x: number) => (b === 0 ? (x === 0 ? 0 : null) : (x / Math.abs(b)) * 100);
  return {
    ...def,
    baseline: b,
    candidate: c,
    delta,
    relativeDelta: relative(delta),
    improvement,
    relativeImprovement: relative(improvement),
    winner: improvement > 0 ? "candidate" : improvement < 0 ? "baseline" : "tie",
    missing: null,
  };
}

/** Every metric either side has, in a stable order: defined metrics first, then by key. */
export function compareMetrics(
  baseline: Record<string, number>,
  candidate: Record<string, number>,
  definitions: Record<string, MetricDefinition> = {},
): MetricComparison[] {
  const keys = [...new Set([...Object.keys(baseline), ...Object.keys(candidate)])];
  return keys
    .map((k) => compareMetric(definitions[k] ?? defaultDefinition(k), baseline[k], candidate[k]))
    .sort((x, y) => Number(y.defined) - Number(x.defined) || x.key.localeCompare(y.key));
}

export interface FieldDiff {
  key: string;
  baseline: unknown;
  candidate: unknown;
  change: "added" | "removed" | "changed" | "same";
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Key-by-key diff of two flat records (params, tags, lineage). */
export function diffRecords(
  baseline: Record<string, unknown>,
  candidate: Record<string, unknown>,
): FieldDiff[] {
  const keys = [...new Set([...Object.keys(baseline), ...Object.keys(candidate)])].sort();
  return keys.map((key) => {
    const a = baseline[key];
    const b = candidate[key];
    const change = a === undefined ? "added" : b === undefined ? "removed" : same(a, b) ? "same" : "changed";
    return { key, baseline: a ?? null, candidate: b ?? null, change };
  });
}

export interface ComparisonSummary {
  /** The primary metric's comparison, when the model has one and either side recorded it. */
  primary: MetricComparison | null;
  wins: number;
  losses: number;
  ties: number;
  missing: number;
}

export function summarize(rows: MetricComparison[], primaryKey: string | null): ComparisonSummary {
  return {
    primary: (primaryKey && rows.find((r) => r.key === primaryKey)) || null,
    wins: rows.filter((r) => r.winner === "candidate").length,
    losses: rows.filter((r) => r.winner === "baseline").length,
    ties: rows.filter((r) => r.winner === "tie").length,
    missing: rows.filter((r) => r.missing !== null).length,
  };
}

const NICE_BUCKETS_MS = [
  1_000,
  5_000,
  10_000,
  30_000,
  60_000,
  5 * 60_000,
  10 * 60_000,
  15 * 60_000,
  30 * 60_000,
  3_600_000,
  2 * 3_600_000,
  3 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  86_400_000,
  2 * 86_400_000,
  7 * 86_400_000,
  30 * 86_400_000,
];

/**
 * The bucket width for a time range so a series has at most `maxPoints` points: the smallest
 * "nice" width (1 s … 30 days) that fits, or the exact width when even 30 days is too fine.
 */
export function bucketWidthMs(from: Date, to: Date, maxPoints = 1000): number {
  const span = Math.max(to.getTime() - from.getTime(), 1);
  const min = Math.ceil(span / Math.max(maxPoints, 1));
  return NICE_BUCKETS_MS.find((w) => w >= min) ?? min;
}
