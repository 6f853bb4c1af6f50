/** Display helpers of comparisons; safe in server and client components (no core imports). */
import { formatMetric } from "@/components/registry/format";

export type Winner = "baseline" | "candidate" | "tie";
export type Direction = "higher" | "lower";

/** The fields of a metric comparison the UI reads (a live one or a stored snapshot). */
export interface MetricRowView {
  key: string;
  displayName: string;
  unit: string;
  direction: Direction;
  defined: boolean;
  baseline: number | null;
  candidate: number | null;
  delta: number | null;
  relativeDelta: number | null;
  improvement: number | null;
  winner: Winner | null;
  missing: "baseline" | "candidate" | "both" | null;
}

/** Series colours: the baseline (champion) first, then the candidate; CSS variables so both themes work. */
export const SERIES_COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)"];

export function withUnit(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined) return "—";
  return unit ? `${formatMetric(v)} ${unit}` : formatMetric(v);
}

/** `+0.009`, `−2 ms`: always signed, with a real minus sign. */
export function formatDelta(d: number | null | undefined, unit = ""): string {
  if (d === null || d === undefined) return "—";
  const sign = d > 0 ? "+" : d < 0 ? "−" : "±";
  return `${sign}${withUnit(Math.abs(d), unit)}`;
}

/** `+0.98 %`; null (a zero baseline) reads "n/a". */
export function formatPercent(p: number | null | undefined): string {
  if (p === null || p === undefined) return "n/a";
  const abs = Math.abs(p);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const sign = p > 0 ? "+" : p < 0 ? "−" : "±";
  return `${sign}${abs.toFixed(digits)} %`;
}

export const directionLabel = (d: Direction) => (d === "higher" ? "higher is better" : "lower is better");
export const directionArrow = (d: Direction) => (d === "higher" ? "↑" : "↓");

/** The metric's name with its unit, for axis labels: "p99 latency (ms)". */
export const metricTitle = (m: { displayName: string; unit: string }) =>
  m.unit ? `${m.displayName} (${m.unit})` : m.displayName;

/** Who wins, from the candidate's side: better / worse / tie / missing. */
export function outcome(m: Pick<MetricRowView, "winner" | "missing">) {
  if (m.winner === "candidate") return "better" as const;
  if (m.winner === "baseline") return "worse" as const;
  if (m.winner === "tie") return "tie" as const;
  return "missing" as const;
}

/** Text colour of a value or delta by outcome (green = better for the candidate). */
export const outcomeText = {
  better: "text-success",
  worse: "text-destructive",
  tie: "text-muted-foreground",
  missing: "text-muted-foreground",
} as const;

const ALIAS_RANK = ["champion", "challenger"];

/** A version's most telling alias: champion, then challenger, then the first by name. */
export function mainAlias(aliases: string[]): string | undefined {
  return [...aliases].sort(
    (a, b) => (ALIAS_RANK.indexOf(a) + 1 || 99) - (ALIAS_RANK.indexOf(b) + 1 || 99) || a.localeCompare(b),
  )[0];
}

/** "v4 · challenger": a version with its most telling alias (for legends and headers). */
export function versionLabel(v: { version: number; aliases: string[] }): string {
  const alias = mainAlias(v.aliases);
  return alias ? `v${v.version} · ${alias}` : `v${v.version}`;
}

/** The sentence of one metric's outcome, for tooltips and screen readers. */
export function winnerSentence(
  m: Pick<MetricRowView, "winner" | "missing">,
  baseline: { version: number },
  candidate: { version: number },
): string {
  switch (m.winner) {
    case "candidate":
      return `v${candidate.version} is better`;
    case "baseline":
      return `v${baseline.version} is better`;
    case "tie":
      return "tie";
    default:
      return m.missing === "both"
        ? "not recorded"
        : `missing in v${m.missing === "baseline" ? baseline.version : candidate.version}`;
  }
}

/** The compare page of a model, optionally for two given versions (numbers or aliases). */
export function compareHref(
  team: string,
  name: string,
  baseline?: string | number,
  candidate?: string | number,
) {
  const q = new URLSearchParams();
  if (baseline !== undefined) q.set("baseline", String(baseline));
  if (candidate !== undefined) q.set("candidate", String(candidate));
  const s = q.toString();
  return `/models/${encodeURIComponent(team)}/${encodeURIComponent(name)}/compare${s ? `?${s}` : ""}`;
}
