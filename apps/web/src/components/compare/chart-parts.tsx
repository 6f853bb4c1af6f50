"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * Shared chart styling: every colour is a CSS variable of the theme, so a chart follows light and
 * dark mode (and the manual toggle) without re-rendering.
 */
export const axisProps = {
  tick: { fill: "var(--muted-foreground)", fontSize: 12 },
  tickLine: { stroke: "var(--border)" },
  axisLine: { stroke: "var(--border)" },
  stroke: "var(--border)",
} as const;

/** Round ticks covering [lo, hi] (about `count` of them): 1, 2, 2.5 or 5 times a power of ten. */
export function niceScale(lo: number, hi: number, count = 5): { domain: [number, number]; ticks: number[] } {
  if (lo === hi) {
    const d = Math.abs(lo) * 0.1 || 1;
    lo -= d;
    hi += d;
  }
  const raw = (hi - lo) / (count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step / 2; i++)
    ticks.push(Number((start + i * step).toPrecision(12)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}

export const gridProps = { stroke: "var(--border)", strokeDasharray: "3 3" } as const;

export const axisLabel = (value: string, axis: "x" | "y") =>
  axis === "y"
    ? {
        value,
        angle: -90,
        position: "insideLeft" as const,
        style: { textAnchor: "middle" as const },
        fill: "var(--muted-foreground)",
        fontSize: 12,
      }
    : { value, position: "insideBottom" as const, offset: -4, fill: "var(--muted-foreground)", fontSize: 12 };

/** A chart with an accessible name (the text summary) and the same summary as a visible caption. */
export function ChartFigure({
  summary,
  caption,
  height,
  minWidth,
  testId,
  legend,
  children,
}: {
  /** What the chart shows, in words: the accessible name of the image. */
  summary: string;
  caption?: ReactNode;
  height: number;
  /** Scroll sideways below this width rather than squeeze the categories. */
  minWidth?: number;
  testId?: string;
  /** Drawn above the chart in HTML: recharts' own legend does not reserve its space reliably. */
  legend?: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="min-w-0" data-testid={testId}>
      {legend}
      <div className="overflow-x-auto">
        <div role="img" aria-label={summary} style={{ height, minWidth }} className="w-full">
          {children}
        </div>
      </div>
      {caption ? <figcaption className="mt-2 text-xs text-muted-foreground">{caption}</figcaption> : null}
    </figure>
  );
}

/** The tooltip box of every chart: the card's colours, so it reads in both themes. */
export function TooltipBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="min-w-44 rounded-lg border bg-card px-3 py-2 text-xs text-card-foreground shadow-lg">
      <div className="mb-1.5 font-medium">{title}</div>
      <div className="space-y-1">{children}</div>
    </div>
  );
}

type SwatchShape = "square" | "line" | "dot" | "ring";

export function Swatch({ color, shape = "square" }: { color: string; shape?: SwatchShape }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-block shrink-0",
        shape === "line"
          ? "h-0.5 w-4 rounded-full"
          : shape === "square"
            ? "size-2.5 rounded-sm"
            : "size-2.5 rounded-full",
      )}
      style={shape === "ring" ? { border: `1.5px solid ${color}` } : { background: color }}
    />
  );
}

/** A chart legend in the page's type and colours (recharts' own colours its text by series). */
export function LegendList({
  items,
  shape,
}: {
  items: { label: string; color: string; shape?: SwatchShape }[];
  shape?: SwatchShape;
}) {
  return (
    <ul
      aria-label="Legend"
      className="mb-2 flex flex-wrap items-center justify-center gap-x-4 gap-y-1 text-xs text-muted-foreground"
      data-testid="chart-legend"
    >
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <Swatch color={i.color} shape={i.shape ?? shape} />
          <span className="text-foreground">{i.label}</span>
        </li>
      ))}
    </ul>
  );
}
