"use client";

import { Download } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { StageBadge } from "@/components/registry/badges";
import { modelHref, versionHref } from "@/components/registry/format";
import { Badge } from "@/components/ui/card";
import { formatDate, formatDateTime, isoUtc } from "@/lib/format";

export interface InventoryTableRow {
  modelId: string;
  team: string;
  name: string;
  archived: boolean;
  owner: string | null;
  championVersion: number | null;
  championStage: string | null;
  latestVersion: number | null;
  lastApproval: {
    requestId: string;
    change: string;
    appliedAt: Date;
    approvers: string[];
  } | null;
  lastValidation: {
    requestId: string;
    version: number;
    appliedAt: Date;
    gates: { label: string; passed: boolean; actual: string }[];
  } | null;
  createdAt: Date;
  updatedAt: Date;
}

const none = <span className="text-muted-foreground/60">—</span>;

/** The model inventory (SR 11-7): what each model is, what runs, who approved it, on what evidence. */
export function InventoryTable({ rows, csvHref }: { rows: InventoryTableRow[]; csvHref: string }) {
  const columns = useMemo(() => {
    const h = columnHelper<InventoryTableRow>();
    return h.columns([
      h.accessor((r) => `${r.team}/${r.name}`, {
        id: "model",
        header: "Model",
        cell: ({ row }) => (
          <span className="flex items-center gap-2">
            <Link
              href={`${modelHref(row.original.team, row.original.name)}?tab=timeline`}
              className="whitespace-nowrap font-medium hover:text-primary hover:underline"
            >
              <span className="font-normal text-muted-foreground">{row.original.team}/</span>
              {row.original.name}
            </Link>
            {row.original.archived ? <Badge>archived</Badge> : null}
          </span>
        ),
      }),
      h.accessor((r) => r.owner ?? "", {
        id: "owner",
        header: "Owner",
        cell: ({ getValue }) => <span className="whitespace-nowrap">{getValue() || "—"}</span>,
      }),
      h.accessor((r) => r.championVersion ?? 0, {
        id: "champion",
        header: "Champion",
        cell: ({ row }) => {
          const { championVersion: v, championStage: stage, latestVersion, team, name } = row.original;
          return (
            <div className="space-y-0.5 whitespace-nowrap">
              {v ? (
                <span className="flex items-center gap-2">
                  <Link
                    href={versionHref(team, name, v)}
                    className="font-mono text-xs font-medium hover:underline"
                  >
                    v{v}
                  </Link>
                  {stage ? <StageBadge stage={stage} /> : null}
                </span>
              ) : (
                none
              )}
              <p className="text-xs text-muted-foreground">
                {latestVersion ? `latest v${latestVersion}` : "no versions"}
              </p>
            </div>
          );
        },
      }),
      h.accessor((r) => r.lastApproval?.appliedAt.getTime() ?? 0, {
        id: "approval",
        header: "Last approval",
        cell: ({ row }) => {
          const a = row.original.lastApproval;
          if (!a) return none;
          return (
            <div className="min-w-48 space-y-0.5">
              <Link
                href={`/approvals/${a.requestId}`}
                className="line-clamp-1 hover:underline"
                title={a.change}
              >
                {a.approvers.length ? a.approvers.join(", ") : "No approval required"}
              </Link>
              <p className="text-xs text-muted-foreground">
                <time dateTime={a.appliedAt.toISOString()} title={isoUtc(a.appliedAt)}>
                  {formatDateTime(a.appliedAt)}
                </time>
              </p>
            </div>
          );
        },
      }),
      h.accessor((r) => r.lastValidation?.appliedAt.getTime() ?? 0, {
        id: "validation",
        header: "Validation evidence",
        cell: ({ row }) => {
          const v = row.original.lastValidation;
          if (!v) return none;
          const passed = v.gates.filter((g) => g.passed).length;
          const all = passed === v.gates.length;
          return (
            <Link
              href={`/approvals/${v.requestId}`}
              className="flex flex-wrap items-center gap-2 whitespace-nowrap hover:underline"
              title={v.gates.map((g) => `${g.passed ? "✓" : "✗"} ${g.label} (${g.actual})`).join("\n")}
            >
              <Badge tone={all ? "success" : "warning"}>
                {passed}/{v.gates.length} gates
              </Badge>
              <span className="text-xs text-muted-foreground">
                v{v.version} · {formatDate(v.appliedAt)}
              </span>
            </Link>
          );
        },
      }),
      h.accessor("updatedAt", {
        header: "Updated",
        sortFn: "datetime",
        cell: ({ row, getValue }) => (
          <div className="whitespace-nowrap">
            <span title={isoUtc(getValue())}>{formatDate(getValue())}</span>
            <p className="text-xs text-muted-foreground" title={isoUtc(row.original.createdAt)}>
              created {formatDate(row.original.createdAt)}
            </p>
          </div>
        ),
      }),
    ]);
  }, []);
  const archived = rows.filter((r) => r.archived).length;
  return (
    <DataTable
      title="Models"
      description={`Every model you can read${archived ? `, ${archived} archived` : ", archived ones included"}.`}
      columns={columns}
      data={rows}
      getRowId={(r) => r.modelId}
      noun="model"
      filterPlaceholder="Filter models"
      rowClassName={(r) => (r.archived ? "opacity-70" : undefined)}
      empty="No model you can read yet."
      actions={
        <a
          href={csvHref}
          download
          className="inline-flex h-8 items-center gap-2 rounded-md border border-input bg-card px-3 text-xs font-medium shadow-sm transition-colors hover:bg-muted [&_svg]:size-4"
        >
          <Download /> Download CSV
        </a>
      }
    />
  );
}
