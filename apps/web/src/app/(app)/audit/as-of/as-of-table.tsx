"use client";

import Link from "next/link";
import { type ReactNode, useMemo } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { AliasBadge } from "@/components/registry/badges";
import { modelHref, versionHref } from "@/components/registry/format";
import { Badge } from "@/components/ui/card";
import { formatDateTime, isoUtc } from "@/lib/format";

export interface AsOfRow {
  modelId: string;
  team: string;
  name: string;
  productionVersion: number | null;
  productionSince: Date | null;
  aliases: { alias: string; version: number }[];
}

const none = <span className="text-muted-foreground/60">—</span>;

/** Every readable model as it stood at one instant: its production version and aliases. */
export function AsOfTable({
  rows,
  title,
  description,
  empty,
}: {
  rows: AsOfRow[];
  title: ReactNode;
  description?: ReactNode;
  empty: ReactNode;
}) {
  const columns = useMemo(() => {
    const h = columnHelper<AsOfRow>();
    return h.columns([
      h.accessor((r) => `${r.team}/${r.name}`, {
        id: "model",
        header: "Model",
        cell: ({ row }) => (
          <Link
            href={`${modelHref(row.original.team, row.original.name)}?tab=timeline`}
            className="whitespace-nowrap font-medium hover:text-primary hover:underline"
          >
            <span className="font-normal text-muted-foreground">{row.original.team}/</span>
            {row.original.name}
          </Link>
        ),
      }),
      h.accessor("productionVersion", {
        header: "In production",
        cell: ({ row, getValue }) => {
          const v = getValue();
          return v ? (
            <Link
              href={versionHref(row.original.team, row.original.name, v)}
              data-testid="production-version"
            >
              <Badge tone="success" className="gap-1.5 font-mono hover:underline">
                <span className="size-1.5 rounded-full bg-success" aria-hidden />v{v}
              </Badge>
            </Link>
          ) : (
            <span className="text-muted-foreground" data-testid="production-version">
              nothing
            </span>
          );
        },
      }),
      h.accessor("productionSince", {
        header: "Since",
        sortFn: "datetime",
        cell: ({ getValue }) => {
          const d = getValue();
          return d ? (
            <time
              dateTime={d.toISOString()}
              title={isoUtc(d)}
              className="whitespace-nowrap text-muted-foreground"
            >
              {formatDateTime(d)}
            </time>
          ) : (
            none
          );
        },
      }),
      h.accessor((r) => r.aliases.map((a) => `${a.alias} v${a.version}`).join(" "), {
        id: "aliases",
        header: "Aliases",
        enableSorting: false,
        cell: ({ row }) =>
          row.original.aliases.length ? (
            <ul className="flex flex-wrap gap-1.5">
              {row.original.aliases.map((a) => (
                <li key={a.alias}>
                  <AliasBadge
                    name={a.alias}
                    version={a.version}
                    href={versionHref(row.original.team, row.original.name, a.version)}
                  />
                </li>
              ))}
            </ul>
          ) : (
            none
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
      getRowId={(r) => r.modelId}
      noun="model"
      filterPlaceholder="Filter models"
      empty={empty}
    />
  );
}
