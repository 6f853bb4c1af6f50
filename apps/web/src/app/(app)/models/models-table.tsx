"use client";

import Link from "next/link";
import { type ReactNode, useMemo } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { TagChips } from "@/components/registry/badges";
import { modelHref } from "@/components/registry/format";
import { Badge } from "@/components/ui/card";
import { formatDate, isoUtc } from "@/lib/format";
import { type ModelsQuery, modelsHref } from "./url";

export interface ModelRow {
  id: string;
  teamSlug: string;
  name: string;
  description: string;
  tags: Record<string, string>;
  archived: boolean;
  latestVersion: number;
  productionVersion: number | null;
  updatedAt: Date;
  createdByName: string | null;
}

/** One server-rendered page of the search: sorting and filtering happen on the server. */
export function ModelsTable({
  rows,
  query,
  title,
  description,
  footer,
}: {
  rows: ModelRow[];
  query: ModelsQuery;
  title: ReactNode;
  description?: ReactNode;
  footer: ReactNode;
}) {
  const columns = useMemo(() => {
    const h = columnHelper<ModelRow>();
    return h.columns([
      h.accessor("name", {
        header: "Model",
        cell: ({ row }) => {
          const m = row.original;
          return (
            <span className="flex items-center gap-2">
              <Link
                href={modelHref(m.teamSlug, m.name)}
                className="whitespace-nowrap font-medium hover:text-primary hover:underline"
              >
                <span className="font-normal text-muted-foreground">{m.teamSlug}/</span>
                {m.name}
              </Link>
              {m.archived ? <Badge>archived</Badge> : null}
            </span>
          );
        },
      }),
      h.accessor("description", {
        header: "Description",
        cell: ({ getValue }) =>
          getValue() ? (
            <span className="line-clamp-2 max-w-xs text-muted-foreground" title={getValue()}>
              {getValue()}
            </span>
          ) : (
            <span className="text-muted-foreground/60">—</span>
          ),
      }),
      h.accessor("tags", {
        header: "Tags",
        cell: ({ getValue }) => (
          <TagChips
            tags={getValue()}
            className="max-w-64"
            href={(k, v) =>
              query.tags.includes(`${k}=${v}`)
                ? modelsHref(query)
                : modelsHref(query, { tags: [...query.tags, `${k}=${v}`] })
            }
            empty={<span className="text-muted-foreground/60">—</span>}
          />
        ),
      }),
      h.accessor("latestVersion", {
        header: "Latest",
        meta: { className: "text-right" },
        cell: ({ getValue }) =>
          getValue() > 0 ? (
            <span className="font-mono text-xs">v{getValue()}</span>
          ) : (
            <span className="text-muted-foreground/60">—</span>
          ),
      }),
      h.accessor("productionVersion", {
        header: "Production",
        cell: ({ getValue }) => {
          const v = getValue();
          return v ? (
            <Badge tone="success" className="gap-1.5 font-mono">
              <span className="size-1.5 rounded-full bg-success" aria-hidden />v{v}
            </Badge>
          ) : (
            <span className="text-muted-foreground/60">—</span>
          );
        },
      }),
      h.accessor("updatedAt", {
        header: "Updated",
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(getValue())}>
            {formatDate(getValue())}
          </span>
        ),
      }),
      h.accessor("createdByName", {
        header: "Owner",
        cell: ({ getValue }) => <span className="whitespace-nowrap">{getValue() ?? "—"}</span>,
      }),
    ]);
  }, [query]);

  return (
    <DataTable
      title={title}
      description={description}
      columns={columns}
      data={rows}
      getRowId={(m) => m.id}
      noun="model"
      filterPlaceholder="Filter"
      filterable={false}
      sortable={false}
      footer={footer}
      empty={
        <>
          No more models.{" "}
          <Link href={modelsHref(query, {})} className="font-medium text-primary hover:underline">
            Back to the first page
          </Link>
        </>
      }
      rowClassName={(m) => (m.archived ? "opacity-70" : undefined)}
    />
  );
}
