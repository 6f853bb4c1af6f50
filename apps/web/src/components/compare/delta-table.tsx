import { Star } from "lucide-react";
import { Badge } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import {
  directionArrow,
  directionLabel,
  formatDelta,
  formatPercent,
  type MetricRowView,
  outcome,
  outcomeText,
  winnerSentence,
  withUnit,
} from "./format";

const rowTint = {
  better: "bg-success/[0.06] shadow-[inset_3px_0_0_var(--success)]",
  worse: "bg-destructive/[0.06] shadow-[inset_3px_0_0_var(--destructive)]",
  tie: "shadow-[inset_3px_0_0_var(--border)]",
  missing: "shadow-[inset_3px_0_0_var(--border)]",
} as const;

const badgeTone = { better: "success", worse: "danger", tie: "neutral", missing: "neutral" } as const;

/** Marks a metric nobody defined for the team: compared as higher-is-better. */
export function UndefinedMetricBadge() {
  return (
    <span
      className="inline-flex cursor-help items-center rounded-full border border-dashed px-1.5 text-[10px] font-medium text-muted-foreground"
      title="Undefined metric: no team definition, so higher is assumed better. Maintainers define metrics on the team page."
      data-testid="undefined-metric"
    >
      undefined · ↑ assumed
    </span>
  );
}

/**
 * Metric by metric: both values, the change and who wins by the metric's direction — green when
 * the candidate is better, red when worse, grey for ties and missing values.
 */
export function DeltaTable({
  metrics,
  baseline,
  candidate,
  baselineHeader,
  candidateHeader,
  primaryKey,
  compact = false,
  caption,
}: {
  metrics: MetricRowView[];
  baseline: { version: number };
  candidate: { version: number };
  baselineHeader: string;
  candidateHeader: string;
  primaryKey?: string | null;
  /** The request page's evidence: no relative column, tighter rows. */
  compact?: boolean;
  caption?: string;
}) {
  if (metrics.length === 0)
    return (
      <p className="px-4 py-6 text-center text-sm text-muted-foreground">No offline metrics to compare.</p>
    );
  const cell = compact ? "px-3 py-1.5" : "px-4 py-2";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="delta-table">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="border-b bg-muted/40 text-xs text-muted-foreground">
          <tr>
            <th scope="col" className={cn(cell, "text-left font-medium")}>
              Metric
            </th>
            <th scope="col" className={cn(cell, "text-right font-medium")}>
              {baselineHeader}
            </th>
            <th scope="col" className={cn(cell, "text-right font-medium")}>
              {candidateHeader}
            </th>
            <th scope="col" className={cn(cell, "text-right font-medium")}>
              Δ
            </th>
            {compact ? null : (
              <th scope="col" className={cn(cell, "text-right font-medium")}>
                Δ %
              </th>
            )}
            <th scope="col" className={cn(cell, "text-right font-medium")}>
              {compact ? "Winner" : "Result"}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {metrics.map((m) => {
            const o = outcome(m);
            const primary = primaryKey === m.key;
            return (
              <tr key={m.key} className={rowTint[o]} data-metric={m.key} data-outcome={o}>
                <th scope="row" className={cn(cell, "text-left font-normal")}>
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                    <span className="font-medium" title={m.key}>
                      {m.displayName}
                    </span>
                    {m.displayName !== m.key && !compact ? (
                      <span className="font-mono text-xs text-muted-foreground">{m.key}</span>
                    ) : null}
                    <span className="text-xs text-muted-foreground" title={directionLabel(m.direction)}>
                      <span aria-hidden>{directionArrow(m.direction)}</span>
                      <span className="sr-only">{directionLabel(m.direction)}</span>
                    </span>
                    {primary ? (
                      <Badge tone="primary" className="gap-1 px-1.5 py-0 text-[10px]">
                        <Star className="size-2.5" aria-hidden /> primary
                      </Badge>
                    ) : null}
                    {m.defined ? null : <UndefinedMetricBadge />}
                  </span>
                </th>
                <td className={cn(cell, "text-right font-mono tabular-nums")}>
                  {withUnit(m.baseline, m.unit)}
                </td>
                <td className={cn(cell, "text-right font-mono tabular-nums")}>
                  {withUnit(m.candidate, m.unit)}
                </td>
                <td className={cn(cell, "text-right font-mono tabular-nums", outcomeText[o])}>
                  {formatDelta(m.delta, m.unit)}
                  {compact && m.relativeDelta !== null ? (
                    <span className="ml-1 text-xs opacity-80">({formatPercent(m.relativeDelta)})</span>
                  ) : null}
                </td>
                {compact ? null : (
                  <td className={cn(cell, "text-right font-mono tabular-nums", outcomeText[o])}>
                    {m.delta === null ? "—" : formatPercent(m.relativeDelta)}
                  </td>
                )}
                <td className={cn(cell, "text-right")}>
                  <Badge tone={badgeTone[o]} className="whitespace-nowrap">
                    {winnerSentence(m, baseline, candidate).replace(" is better", " better")}
                  </Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
