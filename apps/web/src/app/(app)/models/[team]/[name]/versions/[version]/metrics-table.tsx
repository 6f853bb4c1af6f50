"use client";

import { useMemo } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { formatMetric } from "@/components/registry/format";

export interface MetricRow {
  id: number;
  key: string;
  value: number;
  dataset: string | null;
  slice: string | null;
  step: number | null;
}

const dash = <span className="text-muted-foreground/60">—</span>;

/** Offline evaluation metrics recorded at registration (fixed once the version is ready). */
export function MetricsTable({ rows }: { rows: MetricRow[] }) {
  const columns = useMemo(() => {
    const h = columnHelper<MetricRow>();
    return h.columns([
      h.accessor("key", {
        header: "Metric",
        sortFn: "text",
        cell: ({ getValue }) => <span className="font-mono font-medium">{getValue()}</span>,
      }),
      h.accessor("value", {
        header: "Value",
        sortFn: "basic",
        meta: { className: "text-right" },
        cell: ({ getValue }) => (
          <span className="font-mono tabular-nums" title={String(getValue())}>
            {formatMetric(getValue())}
          </span>
        ),
      }),
      h.accessor((r) => r.dataset ?? "", {
        id: "dataset",
        header: "Dataset",
        sortFn: "text",
        cell: ({ getValue }) => (getValue() ? <span className="font-mono text-xs">{getValue()}</span> : dash),
      }),
      h.accessor((r) => r.slice ?? "", {
        id: "slice",
        header: "Slice",
        sortFn: "text",
        cell: ({ getValue }) => (getValue() ? <span className="font-mono text-xs">{getValue()}</span> : dash),
      }),
      h.accessor((r) => r.step ?? -1, {
        id: "step",
        header: "Step",
        sortFn: "basic",
        meta: { className: "text-right" },
        cell: ({ row }) =>
          row.original.step === null ? dash : <span className="tabular-nums">{row.original.step}</span>,
      }),
    ]);
  }, []);
  return (
    <DataTable
      title="Metrics"
      description="Offline evaluation recorded at registration."
      columns={columns}
      data={rows}
      getRowId={(m) => String(m.id)}
      noun="metric"
      filterPlaceholder="Filter metrics"
      empty="No metrics were recorded for this version."
    />
  );
}
