"use client";

import { ChevronLeft, ChevronRight, Download, PanelRightOpen } from "lucide-react";
import Link from "next/link";
import { type ReactNode, useMemo, useState } from "react";
import { columnHelper, DataTable } from "@/components/data-table";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { type AuditFilterParams, auditExportHref } from "@/lib/audit-filter";
import { EventDrawer } from "./event-drawer";
import { ActorBadge, type AuditRow, actionTone, utcText } from "./event-parts";

export function AuditTable({
  rows,
  filter,
  newer,
  older,
}: {
  rows: AuditRow[];
  filter: AuditFilterParams;
  newer: string | null;
  older: string | null;
}) {
  const [open, setOpen] = useState<AuditRow | null>(null);
  const columns = useMemo(() => {
    const h = columnHelper<AuditRow>();
    return h.columns([
      h.accessor("seq", {
        header: "#",
        meta: { className: "w-16" },
        cell: ({ getValue }) => <span className="font-mono text-xs text-muted-foreground">{getValue()}</span>,
      }),
      h.accessor("at", {
        header: "Time (UTC)",
        cell: ({ getValue }) => (
          <time dateTime={getValue()} className="whitespace-nowrap font-mono text-xs">
            {utcText(getValue())}
          </time>
        ),
      }),
      h.accessor("actorName", {
        header: "Actor",
        cell: ({ row }) => (
          <span className="flex flex-wrap items-center gap-1.5">
            <span className="whitespace-nowrap">{row.original.actorName}</span>
            <ActorBadge type={row.original.actorType} />
          </span>
        ),
      }),
      h.accessor("action", {
        header: "Action",
        cell: ({ getValue }) => (
          <Badge tone={actionTone(getValue())} className="whitespace-nowrap font-mono">
            {getValue()}
          </Badge>
        ),
      }),
      h.accessor("summary", {
        id: "entity",
        header: "Entity",
        cell: ({ row }) => (
          <span className="flex min-w-0 flex-col" data-model={row.original.model ?? undefined}>
            <span className="font-mono text-[11px] text-muted-foreground">{row.original.entityType}</span>
            {row.original.summary ? (
              <span className="max-w-96 truncate" title={row.original.summary}>
                {row.original.summary}
              </span>
            ) : null}
          </span>
        ),
      }),
      h.accessor((r) => r.team ?? "", {
        id: "team",
        header: "Team",
        cell: ({ getValue }) =>
          getValue() ? (
            <span className="font-mono text-xs">{getValue()}</span>
          ) : (
            <span className="text-muted-foreground">—</span>
          ),
      }),
      h.accessor((r) => r.ip ?? "", {
        id: "ip",
        header: "IP",
        cell: ({ getValue }) => (
          <span className="font-mono text-xs text-muted-foreground">{getValue() || "—"}</span>
        ),
      }),
      h.display({
        id: "details",
        header: () => <span className="sr-only">Details</span>,
        meta: { className: "w-12 text-right" },
        cell: ({ row }) => (
          <Button
            variant="ghost"
            size="icon"
            className="size-8"
            aria-label={`Details of event #${row.original.seq}`}
            onClick={() => setOpen(row.original)}
          >
            <PanelRightOpen />
          </Button>
        ),
      }),
    ]);
  }, []);

  const first = rows[0]?.seq;
  const last = rows.at(-1)?.seq;
  return (
    <>
      <DataTable
        title="Events"
        description="Click a row for every field and the before/after of the change."
        columns={columns}
        data={rows}
        getRowId={(r) => String(r.seq)}
        noun="event"
        filterPlaceholder="Filter events"
        filterable={false}
        sortable={false}
        onRowClick={setOpen}
        empty="No event matches these filters."
        actions={
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline" size="sm">
              <a href={auditExportHref(filter, "csv")} download>
                <Download /> Export CSV
              </a>
            </Button>
            <Button asChild variant="outline" size="sm">
              <a href={auditExportHref(filter, "jsonl")} download>
                <Download /> Export JSONL
              </a>
            </Button>
          </div>
        }
        footer={
          <nav
            aria-label="Pages"
            className="flex flex-wrap items-center justify-between gap-2 border-t px-4 py-2 text-xs text-muted-foreground"
          >
            <span aria-live="polite">
              {rows.length === 0
                ? "No events"
                : `Events #${first}${first !== last ? ` – #${last}` : ""} (${rows.length} on this page)`}
            </span>
            <span className="flex gap-2">
              <PageLink href={newer} label="Newer" icon={<ChevronLeft />} />
              <PageLink href={older} label="Older" icon={<ChevronRight />} iconAfter />
            </span>
          </nav>
        }
      />
      <Dialog open={open !== null} onOpenChange={(o) => (o ? null : setOpen(null))}>
        {open ? <EventDrawer event={open} /> : null}
      </Dialog>
    </>
  );
}

function PageLink({
  href,
  label,
  icon,
  iconAfter,
}: {
  href: string | null;
  label: string;
  icon: ReactNode;
  iconAfter?: boolean;
}) {
  const body = iconAfter ? (
    <>
      {label} {icon}
    </>
  ) : (
    <>
      {icon} {label}
    </>
  );
  return href ? (
    <Button asChild variant="outline" size="sm">
      <Link href={href}>{body}</Link>
    </Button>
  ) : (
    <Button variant="outline" size="sm" disabled>
      {body}
    </Button>
  );
}
