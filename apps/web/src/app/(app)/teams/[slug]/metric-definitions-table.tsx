"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { deleteMetricDefinitionAction } from "@/actions/teams/delete-metric-definition";
import { columnHelper, DataTable } from "@/components/data-table";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { toastAction } from "@/lib/action-client";
import { formatDate, isoUtc } from "@/lib/format";
import { MetricDefinitionDialog, type MetricDefinitionRow } from "./metric-definition-dialog";

const dash = <span className="text-muted-foreground/60">—</span>;

/**
 * What the team's metric keys mean. Comparisons, charts and the beat-champion gate read the
 * direction; keys without a definition are compared as higher-is-better and flagged as undefined.
 */
export function MetricDefinitionsTable({
  team,
  rows,
  canManage,
}: {
  team: string;
  rows: MetricDefinitionRow[];
  canManage: boolean;
}) {
  const router = useRouter();
  const columns = useMemo(() => {
    const h = columnHelper<MetricDefinitionRow>();
    return h.columns([
      h.accessor("key", {
        header: "Key",
        sortFn: "text",
        cell: ({ getValue }) => <span className="font-mono font-medium">{getValue()}</span>,
      }),
      h.accessor("displayName", { header: "Name", sortFn: "text" }),
      h.accessor("unit", {
        header: "Unit",
        sortFn: "text",
        cell: ({ getValue }) => (getValue() ? <span className="font-mono text-xs">{getValue()}</span> : dash),
      }),
      h.accessor("direction", {
        header: "Better when",
        sortFn: "text",
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap">
            <span aria-hidden className="mr-1 text-muted-foreground">
              {getValue() === "higher" ? "↑" : "↓"}
            </span>
            {getValue()}
          </span>
        ),
      }),
      h.accessor("description", {
        header: "Description",
        sortFn: "text",
        cell: ({ getValue }) =>
          getValue() ? <span className="line-clamp-2 text-muted-foreground">{getValue()}</span> : dash,
      }),
      h.accessor("updatedAt", {
        header: "Updated",
        sortFn: "text",
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(getValue())}>
            {formatDate(getValue())}
          </span>
        ),
      }),
      ...(canManage
        ? [
            h.display({
              id: "actions",
              header: () => <span className="sr-only">Actions</span>,
              meta: { className: "text-right" },
              cell: ({ row }) => (
                <span className="flex justify-end gap-1">
                  <MetricDefinitionDialog team={team} existing={row.original} />
                  <Confirm
                    trigger={
                      <Button variant="ghost" size="sm" aria-label={`Delete ${row.original.key}`}>
                        <Trash2 /> Delete
                      </Button>
                    }
                    title={`Delete the definition of ${row.original.key}?`}
                    description="Versions keep their values. Comparisons then treat the key as undefined: higher is assumed better."
                    confirmLabel="Delete definition"
                    destructive
                    onConfirm={async () => {
                      const ok = await toastAction(
                        deleteMetricDefinitionAction({ team, key: row.original.key }),
                        `The definition of ${row.original.key} was deleted.`,
                      );
                      if (ok) router.refresh();
                    }}
                  />
                </span>
              ),
            }),
          ]
        : []),
    ]);
  }, [canManage, team, router]);

  return (
    <DataTable
      title="Metric definitions"
      description={
        canManage
          ? "What each metric key means: name, unit and which direction is better. Changes are audited."
          : "Read-only: the team's maintainers define metrics. Undefined keys are compared as higher-is-better."
      }
      actions={canManage ? <MetricDefinitionDialog team={team} /> : null}
      columns={columns}
      data={rows}
      getRowId={(d) => d.key}
      noun="metric"
      filterPlaceholder="Filter metrics"
      empty="No metric is defined yet: every key is compared as higher-is-better."
    />
  );
}
