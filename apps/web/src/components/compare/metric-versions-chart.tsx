"use client";

import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMetric } from "@/components/registry/format";
import {
  axisLabel,
  axisProps,
  ChartFigure,
  gridProps,
  LegendList,
  niceScale,
  TooltipBox,
} from "./chart-parts";
import { type Direction, directionArrow, directionLabel, metricTitle, withUnit } from "./format";

export interface VersionPoint {
  version: number;
  stage: string;
  value: number;
}

/** Stage colours, the same as the stage badges'. */
const STAGE_COLORS: Record<string, string> = {
  production: "var(--success)",
  staging: "var(--primary)",
  none: "var(--muted-foreground)",
  archived: "var(--muted-foreground)",
};
const STAGE_ORDER = ["production", "staging", "none", "archived"];

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: VersionPoint;
}

/** A stage-coloured point; the production champion larger, ringed and labelled. */
function StageDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const color = STAGE_COLORS[payload.stage] ?? STAGE_COLORS.none;
  if (payload.stage === "production")
    return (
      <g data-champion="true">
        <circle cx={cx} cy={cy} r={10} fill="none" stroke={color} strokeWidth={2} strokeOpacity={0.5} />
        <circle cx={cx} cy={cy} r={6} fill={color} stroke="var(--card)" strokeWidth={2} />
        <text x={cx} y={cy - 16} textAnchor="middle" fontSize={11} fontWeight={600} fill="var(--foreground)">
          champion
        </text>
      </g>
    );
  return (
    <circle
      cx={cx}
      cy={cy}
      r={payload.stage === "archived" ? 4 : 5}
      fill={payload.stage === "archived" ? "var(--card)" : color}
      stroke={payload.stage === "archived" ? color : "var(--card)"}
      strokeWidth={payload.stage === "archived" ? 1.5 : 2}
    />
  );
}

/**
 * One offline metric plotted against the version number (mlflow/mlflow#4806): did the model get
 * better release after release, and where does the production champion stand.
 */
export function MetricVersionsChart({
  points,
  definition,
}: {
  points: VersionPoint[];
  definition: { key: string; displayName: string; unit: string; direction: Direction; defined: boolean };
}) {
  if (points.length === 0)
    return (
      <p className="px-4 py-8 text-center text-sm text-muted-foreground">
        No version recorded {definition.displayName}.
      </p>
    );
  const versions = points.map((p) => p.version);
  const champion = points.find((p) => p.stage === "production");
  const best = points.reduce((a, b) =>
    (definition.direction === "higher" ? b.value > a.value : b.value < a.value) ? b : a,
  );
  const title = `${metricTitle(definition)} ${directionArrow(definition.direction)}`;
  const values = points.map((p) => `v${p.version} ${withUnit(p.value, definition.unit)} (${p.stage})`);
  const championText = champion ? `production champion: v${champion.version}` : "no production champion";
  const summary = `${definition.displayName} by version (${directionLabel(definition.direction)}): ${values.join(", ")}. Best: v${best.version}; ${championText}.`;
  // Pad the value axis so no point (or the champion's ring and label) sits on the chart's edge.
  const lo = Math.min(...points.map((p) => p.value));
  const hi = Math.max(...points.map((p) => p.value));
  const pad = (hi - lo) * 0.15;
  const y = niceScale(lo - pad, hi + pad);
  const stages = STAGE_ORDER.filter((s) => points.some((p) => p.stage === s));
  return (
    <ChartFigure
      summary={summary}
      height={260}
      testId="metric-versions-chart"
      legend={
        <LegendList
          shape="dot"
          items={stages.map((s) => ({
            label: s === "production" ? "production (champion)" : s === "none" ? "no stage" : s,
            color: STAGE_COLORS[s]!,
            shape: s === "archived" ? "ring" : "dot",
          }))}
        />
      }
      caption={
        <>
          Best: <span className="font-medium text-foreground">v{best.version}</span> (
          {withUnit(best.value, definition.unit)})
          {champion ? (
            <>
              {" "}
              · production champion: <span className="font-medium text-foreground">v{champion.version}</span>{" "}
              ({withUnit(champion.value, definition.unit)})
            </>
          ) : (
            " · no production champion"
          )}
          {definition.defined ? null : " · undefined metric: higher is assumed better"}
        </>
      }
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 260 }}>
        <ComposedChart
          data={points}
          margin={{ top: 24, right: 24, bottom: 16, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid {...gridProps} />
          <XAxis
            dataKey="version"
            type="number"
            domain={[Math.min(...versions) - 0.5, Math.max(...versions) + 0.5]}
            ticks={versions}
            allowDecimals={false}
            tickFormatter={(v: number) => `v${v}`}
            {...axisProps}
            label={axisLabel("Version", "x")}
          />
          <YAxis
            {...axisProps}
            width={72}
            domain={y.domain}
            ticks={y.ticks}
            tickFormatter={(v: number) => formatMetric(v)}
            label={axisLabel(title, "y")}
          />
          <Tooltip
            cursor={{ stroke: "var(--muted-foreground)", strokeDasharray: "3 3" }}
            content={({ active, payload }) => {
              const p = active ? (payload?.[0]?.payload as VersionPoint | undefined) : undefined;
              if (!p) return null;
              return (
                <TooltipBox
                  title={`v${p.version} · ${p.stage}${p.stage === "production" ? " (champion)" : ""}`}
                >
                  <div className="flex justify-between gap-4">
                    <span className="text-muted-foreground">{definition.displayName}</span>
                    <span className="font-mono">{withUnit(p.value, definition.unit)}</span>
                  </div>
                </TooltipBox>
              );
            }}
          />
          <Line
            dataKey="value"
            name={definition.displayName}
            type="linear"
            stroke="var(--muted-foreground)"
            strokeOpacity={0.45}
            strokeWidth={1.5}
            dot={(props: DotProps) => <StageDot key={props.payload?.version} {...props} />}
            activeDot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
