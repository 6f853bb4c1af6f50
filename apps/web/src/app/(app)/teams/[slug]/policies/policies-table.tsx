"use client";

import type { EffectivePolicy } from "@modelgate/core";
import { useMemo } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { Badge } from "@/components/ui/card";
import { EditPolicyDialog } from "./edit-policy-dialog";
import { targetLabels } from "./targets";

export type PolicyRow = EffectivePolicy & { gateLabels: string[] };

const sourceTone = { model: "primary", team: "success", default: "neutral" } as const;
const sourceLabel = { model: "model override", team: "team", default: "default" } as const;

export function PoliciesTable({
  team,
  model,
  rows,
  canManage,
}: {
  team: string;
  /** Set: the model's effective policies, and the editor saves the model's override. */
  model?: string;
  rows: PolicyRow[];
  canManage: boolean;
}) {
  const columns = useMemo(() => {
    const h = columnHelper<PolicyRow>();
    return h.columns([
      h.accessor("target", {
        header: "Target",
        cell: ({ getValue }) => {
          const t = targetLabels[getValue()];
          return (
            <span className="flex flex-col">
              <span className="font-medium">{t?.label ?? getValue()}</span>
              <span className="text-xs text-muted-foreground">{t?.hint}</span>
            </span>
          );
        },
      }),
      h.accessor("requiredApprovals", {
        header: "Approvals",
        meta: { className: "text-center" },
        cell: ({ getValue }) => (
          <span className="font-medium tabular-nums" data-testid="required-approvals">
            {getValue()}
          </span>
        ),
      }),
      h.accessor("minReviewerRole", { header: "Min. reviewer role" }),
      h.accessor("registrantMayApprove", {
        header: "Registrant may approve",
        cell: ({ getValue }) => (getValue() ? "yes" : <span className="text-muted-foreground">no</span>),
      }),
      h.accessor("expiryDays", {
        header: "Expiry",
        cell: ({ getValue }) => <span className="whitespace-nowrap tabular-nums">{getValue()} days</span>,
      }),
      h.accessor((p) => p.gateLabels.join(", "), {
        id: "gates",
        header: "Gates",
        cell: ({ row }) =>
          row.original.gateLabels.length ? (
            <ul className="flex max-w-md flex-wrap gap-1" aria-label="Gates">
              {row.original.gateLabels.map((g) => (
                <li
                  key={g}
                  className="rounded-md border bg-muted/60 px-1.5 py-0.5 font-mono text-[11px] leading-4"
                >
                  {g}
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-muted-foreground">none</span>
          ),
      }),
      h.accessor("source", {
        header: "Source",
        cell: ({ getValue }) => (
          <Badge tone={sourceTone[getValue()]} data-testid="policy-source">
            {sourceLabel[getValue()]}
          </Badge>
        ),
      }),
      ...(canManage
        ? [
            h.display({
              id: "edit",
              header: () => <span className="sr-only">Edit</span>,
              meta: { className: "text-right" },
              cell: ({ row }) => <EditPolicyDialog team={team} model={model} policy={row.original} />,
            }),
          ]
        : []),
    ]);
  }, [canManage, team, model]);
  return (
    <DataTable
      title={model ? `Policies of ${team}/${model}` : "Policies per target"}
      description={
        canManage
          ? model
            ? `As a maintainer you can override each target’s policy for ${model} alone.`
            : "As a maintainer you can change each target’s policy for the whole team."
          : "Read-only: only the team’s maintainers change promotion policies."
      }
      columns={columns}
      data={rows}
      getRowId={(p) => p.target}
      noun="target"
      filterPlaceholder="Filter targets"
      filterable={false}
      sortable={false}
    />
  );
}
