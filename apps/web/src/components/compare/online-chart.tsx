"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatMetric } from "@/components/registry/format";
import { axisLabel, axisProps, ChartFigure, gridProps, LegendList, TooltipBox } from "./chart-parts";
import { type Direction, directionLabel, metricTitle, SERIES_COLORS, withUnit } from "./format";

export interface OnlineSeriesView {
  version: number;
  label: string;
  points: { t: string; avg: number; min: number; max: number; n: number }[];
}

interface Definition {
  key: string;
  displayName: string;
  unit: string;
  direction: Direction;
  defined: boolean;
}

type Row = { t: number } & Record<string, number | [number, number] | undefined>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const timeFmt = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const dayFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const fullFmt = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "hourly", "30-minute", "daily" — the bucket width in words. */
export function bucketLabel(ms: number): string {
  if (ms === HOUR) return "hourly";
  if (ms === DAY) return "daily";
  if (ms % DAY === 0) return `${ms / DAY}-day`;
  if (ms % HOUR === 0) return `${ms / HOUR}-hour`;
  if (ms % 60_000 === 0) return `${ms / 60_000}-minute`;
  return `${Math.round(ms / 1000)}-second`;
}

/** Ticks on round UTC times (hours, midnights), at most ~10, so no date shows twice. */
function timeTicks(start: number, end: number): { ticks: number[]; step: number } {
  const steps = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY];
  const step = steps.find((s) => (end - start) / s <= 10) ?? 30 * DAY;
  const ticks: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) ticks.push(t);
  return { ticks, step };
}

/** The mean over all raw points (bucket means weighted by their counts). */
function overallMean(points: OnlineSeriesView["points"]): number | null {
  const n = points.reduce((s, p) => s + p.n, 0);
  return n ? points.reduce((s, p) => s + p.avg * p.n, 0) / n : null;
}

/**
 * An online metric over time for each version: the bucket average as a line and the bucket's
 * min–max as a faint band. The server has already bucketed the points (≤ 1,000 per series).
 */
export function OnlineChart({
  series,
  definition,
  from,
  to,
  bucketMs,
  rangeLabel,
}: {
  series: OnlineSeriesView[];
  definition: Definition;
  from: string;
  to: string;
  bucketMs: number;
  rangeLabel: string;
}) {
  const start = new Date(from).getTime();
  const end = new Date(to).getTime();
  const byTime = new Map<number, Row>();
  for (const s of series)
    for (const p of s.points) {
      const t = new Date(p.t).getTime();
      const row = byTime.get(t) ?? { t };
      row[`v${s.version}`] = p.avg;
      row[`v${s.version}_range`] = [p.min, p.max];
      row[`v${s.version}_n`] = p.n;
      byTime.set(t, row);
    }
  const rows = [...byTime.values()].sort((a, b) => a.t - b.t);
  const title = metricTitle(definition);
  const means = series.map((s) => ({ s, mean: overallMean(s.points) }));
  const total = series.reduce((sum, s) => sum + s.points.length, 0);
  const summary =
    total === 0
      ? `${definition.displayName}: no online points in ${rangeLabel.toLowerCase()}.`
      : `${definition.displayName} in production, ${rangeLabel.toLowerCase()}, ${bucketLabel(bucketMs)} averages (${directionLabel(definition.direction)}): ${means
          .map(
            ({ s, mean }) =>
              `${s.label} averaged ${mean === null ? "no data" : withUnit(mean, definition.unit)}`,
          )
          .join("; ")}.`;
  const { ticks, step } = timeTicks(start, end);
  // Hours within a day; a midnight tick names the day instead.
  const tickFormatter = (t: number) => (step < DAY && t % DAY !== 0 ? timeFmt : dayFmt).format(new Date(t));

  if (total === 0)
    return (
      <div
        role="img"
        aria-label={summary}
        className="flex h-64 items-center justify-center rounded-lg border border-dashed text-sm text-muted-foreground"
        data-testid="online-chart-empty"
      >
        No {definition.displayName} points for these versions in {rangeLabel.toLowerCase()}.
      </div>
    );

  return (
    <ChartFigure
      summary={summary}
      height={320}
      testId="online-chart"
      legend={
        <LegendList
          shape="line"
          items={series.map((s, i) => ({ label: s.label, color: SERIES_COLORS[i % SERIES_COLORS.length]! }))}
        />
      }
      caption={<>{summary} Lines: bucket averages; shaded bands: each bucket&apos;s min–max. Times in UTC.</>}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 320 }}>
        <ComposedChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 16, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid {...gridProps} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[start, end]}
            ticks={ticks}
            tickFormatter={tickFormatter}
            {...axisProps}
            label={axisLabel("Time (UTC)", "x")}
          />
          <YAxis
            {...axisProps}
            width={72}
            domain={["auto", "auto"]}
            tickFormatter={(v: number) => formatMetric(v)}
            label={axisLabel(title, "y")}
          />
          <Tooltip
            cursor={{ stroke: "var(--muted-foreground)", strokeDasharray: "3 3" }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
              if (!row) return null;
              return (
                <TooltipBox title={`${fullFmt.format(new Date(row.t))} UTC`}>
                  {series.map((s, i) => {
                    const avg = row[`v${s.version}`] as number | undefined;
                    const range = row[`v${s.version}_range`] as [number, number] | undefined;
                    return (
                      <div key={s.version} className="flex items-baseline justify-between gap-4">
                        <span className="flex items-center gap-1.5 text-muted-foreground">
                          <span
                            aria-hidden
                            className="inline-block size-2 rounded-full"
                            style={{ background: SERIES_COLORS[i] }}
                          />
                          {s.label}
                        </span>
                        <span className="font-mono">
                          {avg === undefined ? "—" : withUnit(avg, definition.unit)}
                          {range && range[0] !== range[1] ? (
                            <span className="text-muted-foreground">
                              {" "}
                              ({formatMetric(range[0])}–{formatMetric(range[1])}, n=
                              {row[`v${s.version}_n`] as number})
                            </span>
                          ) : null}
                        </span>
                      </div>
                    );
                  })}
                </TooltipBox>
              );
            }}
          />
          {series.map((s, i) => (
            <Area
              key={`band-${s.version}`}
              dataKey={`v${s.version}_range`}
              name={`${s.label} min–max`}
              stroke="none"
              fill={SERIES_COLORS[i % SERIES_COLORS.length]}
              fillOpacity={0.12}
              isAnimationActive={false}
              activeDot={false}
              legendType="none"
              connectNulls={false}
            />
          ))}
          {series.map((s, i) => (
            <Line
              key={`line-${s.version}`}
              dataKey={`v${s.version}`}
              name={s.label}
              type="monotone"
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              strokeWidth={2}
              dot={false}
              activeDot={{ r: 4, strokeWidth: 0 }}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
