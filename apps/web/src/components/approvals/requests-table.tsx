"use client";

import type { listRequests } from "@modelgate/core";
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { cn } from "@/lib/cn";
import { formatDate, isoUtc } from "@/lib/format";
import { describeChange } from "./format";
import { RequestStatusBadge } from "./status-badge";

/** A row of the inbox; `age` and `expiresIn` are worded on the server so hydration matches. */
export type RequestRow = Awaited<ReturnType<typeof listRequests>>[number] & {
  age: string;
  expiresIn: string | null;
};

const versionHref = (r: RequestRow) =>
  `/models/${encodeURIComponent(r.team)}/${encodeURIComponent(r.model.split("/")[1] ?? "")}/versions/${r.version}`;

export function RequestsTable({
  rows,
  title,
  description,
  empty,
}: {
  rows: RequestRow[];
  title: string;
  description?: string;
  empty: string;
}) {
  const columns = useMemo(() => {
    const h = columnHelper<RequestRow>();
    return h.columns([
      h.accessor((r) => `${r.model} v${r.version}`, {
        id: "model",
        header: "Model / version",
        sortFn: "alphanumeric",
        cell: ({ row }) => (
          <span className="flex flex-col">
            <Link href={versionHref(row.original)} className="font-mono text-xs font-medium hover:underline">
              {row.original.model} <span className="text-muted-foreground">v{row.original.version}</span>
            </Link>
          </span>
        ),
      }),
      h.accessor((r) => describeChange(r), {
        id: "change",
        header: "Change",
        sortFn: "text",
        cell: ({ row, getValue }) => (
          <Link
            href={`/approvals/${row.original.id}`}
            className="whitespace-nowrap font-medium text-primary hover:underline"
            title={row.original.reason}
          >
            {getValue()}
          </Link>
        ),
      }),
      h.accessor("requestedBy", { header: "Requested by", sortFn: "text" }),
      h.accessor((r) => r.approvals / Math.max(r.requiredApprovals, 1), {
        id: "approvals",
        header: "Approvals",
        sortFn: "basic",
        cell: ({ row }) => (
          <span className="tabular-nums">
            {row.original.approvals} / {row.original.requiredApprovals}
          </span>
        ),
      }),
      h.accessor((r) => (r.gatesTotal ? r.gatesPassing / r.gatesTotal : 1), {
        id: "gates",
        header: "Gates",
        sortFn: "basic",
        cell: ({ row }) => {
          const { gatesPassing: ok, gatesTotal: total } = row.original;
          if (total === 0) return <span className="text-muted-foreground">none</span>;
          return (
            <span
              className={cn("whitespace-nowrap tabular-nums", ok < total && "font-medium text-destructive")}
              data-failing={ok < total || undefined}
            >
              {ok}/{total} passing
            </span>
          );
        },
      }),
      h.accessor("status", {
        header: "Status",
        sortFn: "text",
        cell: ({ getValue }) => <RequestStatusBadge status={getValue()} />,
      }),
      h.accessor("createdAt", {
        header: "Age",
        sortFn: "datetime",
        cell: ({ row }) => (
          <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(row.original.createdAt)}>
            {row.original.age}
          </span>
        ),
      }),
      h.accessor("expiresAt", {
        header: "Expires",
        sortFn: "datetime",
        cell: ({ row }) => (
          <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(row.original.expiresAt)}>
            {row.original.expiresIn ? `in ${row.original.expiresIn}` : formatDate(row.original.expiresAt)}
          </span>
        ),
      }),
      h.display({
        id: "open",
        header: () => <span className="sr-only">Open</span>,
        meta: { className: "w-10 text-right" },
        cell: ({ row }) => (
          <Link
            href={`/approvals/${row.original.id}`}
            aria-label={`Open request for ${row.original.model} v${row.original.version}`}
            className="inline-flex rounded-md p-1 text-muted-foreground hover:bg-muted hover:text-foreground"
          >
            <ArrowRight className="size-4" />
          </Link>
        ),
      }),
    ]);
  }, []);
  return (
    <DataTable
      title={title}
      description={description}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      noun="request"
      filterPlaceholder="Filter requests"
      empty={empty}
    />
  );
}
