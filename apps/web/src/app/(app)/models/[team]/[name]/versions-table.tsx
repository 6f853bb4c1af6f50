"use client";

import Link from "next/link";
import { type ReactNode, useMemo } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { AliasBadge, StageBadge, StatusBadge } from "@/components/registry/badges";
import { formatMetric, versionHref } from "@/components/registry/format";
import { formatDate, isoUtc } from "@/lib/format";

export interface VersionRow {
  id: string;
  version: number;
  status: string;
  stage: string;
  description: string;
  aliases: string[];
  metrics: Record<string, number>;
  createdByName: string | null;
  createdAt: Date;
}

/** Versions of one model, newest first, with the metric columns this page of versions has. */
export function VersionsTable({
  team,
  name,
  rows,
  metricKeys,
  actions,
  footer,
  empty,
}: {
  team: string;
  name: string;
  rows: VersionRow[];
  metricKeys: string[];
  actions?: ReactNode;
  footer?: ReactNode;
  empty: ReactNode;
}) {
  const columns = useMemo(() => {
    const h = columnHelper<VersionRow>();
    return h.columns([
      h.accessor("version", {
        header: "Version",
        sortFn: "basic",
        cell: ({ row }) => (
          <Link
            href={versionHref(team, name, row.original.version)}
            className="font-mono font-semibold text-primary hover:underline"
            aria-label={`Version ${row.original.version}`}
          >
            v{row.original.version}
          </Link>
        ),
      }),
      h.accessor("status", {
        header: "Status",
        sortFn: "text",
        cell: ({ getValue }) => <StatusBadge status={getValue()} />,
      }),
      h.accessor("stage", {
        header: "Stage",
        sortFn: "text",
        cell: ({ getValue }) => <StageBadge stage={getValue()} />,
      }),
      h.accessor("aliases", {
        header: "Aliases",
        enableSorting: false,
        cell: ({ getValue }) =>
          getValue().length ? (
            <span className="flex flex-wrap gap-1">
              {getValue().map((a) => (
                <AliasBadge key={a} name={a} />
              ))}
            </span>
          ) : (
            <span className="text-muted-foreground/60">—</span>
          ),
      }),
      ...metricKeys.map((key) =>
        h.accessor((row) => row.metrics[key] ?? Number.NEGATIVE_INFINITY, {
          id: `metric:${key}`,
          header: () => <span className="font-mono normal-case tracking-normal">{key}</span>,
          sortFn: "basic",
          meta: { className: "text-right" },
          cell: ({ row }) => {
            const v = row.original.metrics[key];
            return v === undefined ? (
              <span className="text-muted-foreground/60">—</span>
            ) : (
              <span className="font-mono tabular-nums">{formatMetric(v)}</span>
            );
          },
        }),
      ),
      h.accessor("createdAt", {
        header: "Created",
        sortFn: "datetime",
        cell: ({ row }) => (
          <span className="block whitespace-nowrap leading-tight">
            <span className="block" title={isoUtc(row.original.createdAt)}>
              {formatDate(row.original.createdAt)}
            </span>
            <span className="block text-xs text-muted-foreground">
              {row.original.createdByName ? `by ${row.original.createdByName}` : ""}
            </span>
          </span>
        ),
      }),
    ]);
  }, [team, name, metricKeys]);

  return (
    <DataTable
      title="Versions"
      description="Newest first; metrics are the offline evaluation recorded at registration."
      actions={actions}
      columns={columns}
      data={rows}
      getRowId={(v) => v.id}
      noun="version"
      filterPlaceholder="Filter versions"
      filterable={false}
      footer={footer}
      empty={empty}
    />
  );
}
