"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { axisLabel, axisProps, ChartFigure, gridProps, LegendList, TooltipBox } from "./chart-parts";
import {
  directionArrow,
  directionLabel,
  formatDelta,
  formatPercent,
  type MetricRowView,
  metricTitle,
  outcome,
  outcomeText,
  SERIES_COLORS,
  winnerSentence,
  withUnit,
} from "./format";

interface Side {
  version: number;
  label: string;
}

interface Row {
  name: string;
  metric: MetricRowView;
  /** Each value as a percentage of the larger magnitude of the two: metrics have different scales. */
  b: number | null;
  c: number | null;
}

function rowsOf(metrics: MetricRowView[]): Row[] {
  return metrics
    .filter((m) => m.missing !== "both")
    .map((m) => {
      const scale = Math.max(Math.abs(m.baseline ?? 0), Math.abs(m.candidate ?? 0)) || 1;
      const pct = (v: number | null) => (v === null ? null : (v / scale) * 100);
      return {
        name: `${m.displayName} ${directionArrow(m.direction)}`,
        metric: m,
        b: pct(m.baseline),
        c: pct(m.candidate),
      };
    });
}

/**
 * Offline metrics side by side, one group per metric. Metrics live on different scales (an AUC of
 * 0.9 next to a latency of 21 ms), so each pair is drawn relative to its larger value, always from
 * zero so bar lengths stay honest; the raw values sit on the bars and in the tooltip.
 */
export function OfflineBars({
  metrics,
  baseline,
  candidate,
}: {
  metrics: MetricRowView[];
  baseline: Side;
  candidate: Side;
}) {
  const rows = rowsOf(metrics);
  if (rows.length === 0)
    return (
      <p className="px-4 py-8 text-center text-sm text-muted-foreground">
        Neither version recorded offline metrics.
      </p>
    );
  const negative = rows.some((r) => (r.b ?? 0) < 0 || (r.c ?? 0) < 0);
  const summary = `Offline metrics, ${baseline.label} against ${candidate.label}: ${rows
    .map(
      (r) =>
        `${r.metric.displayName} ${withUnit(r.metric.baseline, r.metric.unit)} vs ${withUnit(r.metric.candidate, r.metric.unit)} (${winnerSentence(r.metric, baseline, candidate)})`,
    )
    .join("; ")}.`;
  // The raw value on each bar, not its scaled length.
  const label = (side: "baseline" | "candidate") => (e: { payload: unknown }) => {
    const v = (e.payload as Row).metric[side];
    return v === null ? "" : withUnit(v, (e.payload as Row).metric.unit);
  };
  return (
    <ChartFigure
      summary={summary}
      height={300}
      minWidth={rows.length * 120}
      testId="offline-chart"
      legend={
        <LegendList
          items={[
            { label: baseline.label, color: SERIES_COLORS[0]! },
            { label: candidate.label, color: SERIES_COLORS[1]! },
          ]}
        />
      }
      caption="Each pair is scaled to its larger value (100 %); bars start at zero. Arrows: ↑ higher is better, ↓ lower is better."
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 300 }}>
        <BarChart
          data={rows}
          margin={{ top: 20, right: 8, bottom: 8, left: 8 }}
          barGap={4}
          barCategoryGap="24%"
          accessibilityLayer={false}
        >
          <CartesianGrid {...gridProps} vertical={false} />
          <XAxis
            dataKey="name"
            interval={0}
            {...axisProps}
            tick={{ ...axisProps.tick, fill: "var(--foreground)" }}
          />
          <YAxis
            {...axisProps}
            width={64}
            domain={negative ? [-100, 100] : [0, 100]}
            ticks={negative ? [-100, -50, 0, 50, 100] : [0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v} %`}
            label={axisLabel("% of the larger value", "y")}
          />
          <Tooltip
            cursor={{ fill: "var(--muted)", opacity: 0.6 }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
              if (!row) return null;
              const m = row.metric;
              const o = outcome(m);
              return (
                <TooltipBox title={`${metricTitle(m)} · ${directionLabel(m.direction)}`}>
                  <div className="flex justify-between gap-4">
                    <span className="text-muted-foreground">{baseline.label}</span>
                    <span className="font-mono">{withUnit(m.baseline, m.unit)}</span>
                  </div>
                  <div className="flex justify-between gap-4">
                    <span className="text-muted-foreground">{candidate.label}</span>
                    <span className="font-mono">{withUnit(m.candidate, m.unit)}</span>
                  </div>
                  <div className={`flex justify-between gap-4 border-t pt-1 ${outcomeText[o]}`}>
                    <span>{winnerSentence(m, baseline, candidate)}</span>
                    <span className="font-mono">
                      {formatDelta(m.delta, m.unit)} ({formatPercent(m.relativeDelta)})
                    </span>
                  </div>
                  {m.defined ? null : (
                    <p className="text-muted-foreground">Undefined metric: higher is assumed better.</p>
                  )}
                </TooltipBox>
              );
            }}
          />
          <Bar
            dataKey="b"
            name={baseline.label}
            fill={SERIES_COLORS[0]}
            radius={[3, 3, 0, 0]}
            maxBarSize={64}
            isAnimationActive={false}
          >
            <LabelList
              position="top"
              valueAccessor={label("baseline")}
              fill="var(--muted-foreground)"
              fontSize={11}
            />
          </Bar>
          <Bar
            dataKey="c"
            name={candidate.label}
            fill={SERIES_COLORS[1]}
            radius={[3, 3, 0, 0]}
            maxBarSize={64}
            isAnimationActive={false}
          >
            <LabelList
              position="top"
              valueAccessor={label("candidate")}
              fill="var(--muted-foreground)"
              fontSize={11}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
