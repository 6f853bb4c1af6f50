"use client";

import { FileJson, RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { type ReactNode, useMemo, useState } from "react";
import { redeliverWebhookEventAction } from "@/actions/webhooks/redeliver-webhook-event";
import { columnHelper, DataTable } from "@/components/data-table";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { toastAction } from "@/lib/action-client";
import { formatDateTime, isoUtc } from "@/lib/format";
import { AttemptBadge } from "../status";

export interface AttemptRow {
  id: string;
  eventId: string;
  eventType: string;
  trigger: "event" | "redeliver" | "test";
  attempt: number;
  at: string;
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

interface Ref {
  team: string;
  id: string;
}

function Details({ webhook, row }: { webhook: Ref; row: AttemptRow }) {
  const [payload, setPayload] = useState<string | null>(null);
  const load = async () => {
    if (payload !== null) return;
    try {
      const res = await fetch(
        `/api/v1/teams/${encodeURIComponent(webhook.team)}/webhooks/${webhook.id}/events/${row.eventId}`,
      );
      const body = await res.json();
      setPayload(
        res.ok ? JSON.stringify(body.payload, null, 2) : (body.error?.message ?? "Could not load it."),
      );
    } catch {
      setPayload("The server could not be reached.");
    }
  };
  const section = (label: string, content: ReactNode) => (
    <div className="space-y-1.5">
      <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</p>
      {content}
    </div>
  );
  const pre =
    "max-h-56 overflow-auto whitespace-pre-wrap [overflow-wrap:anywhere] rounded-md border bg-muted px-3 py-2 font-mono text-xs";
  return (
    <Dialog onOpenChange={(o) => o && void load()}>
      <DialogTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Details of attempt ${row.attempt} of ${row.eventType}`}
        >
          <FileJson /> Details
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`${row.eventType} · attempt ${row.attempt}`}
        description={`${formatDateTime(row.at)} · ${row.latencyMs} ms · event ${row.eventId}`}
        className="max-w-2xl"
      >
        <div className="space-y-4">
          <div className="flex items-center gap-2 text-sm">
            <AttemptBadge ok={row.ok} statusCode={row.statusCode} error={row.error} />
            {row.error ? <span className="text-destructive">{row.error}</span> : <span>Delivered.</span>}
          </div>
          {section("Response (start)", <pre className={pre}>{row.responseExcerpt ?? "— no body —"}</pre>)}
          {section("Payload sent", <pre className={pre}>{payload ?? "Loading…"}</pre>)}
        </div>
      </DialogContent>
    </Dialog>
  );
}

/** Every attempt, newest first: status, latency, the start of the answer; redeliver per event. */
export function DeliveryLog({
  webhook,
  rows,
  canManage,
  total,
  footer,
}: {
  webhook: Ref;
  rows: AttemptRow[];
  canManage: boolean;
  total: number;
  footer?: ReactNode;
}) {
  const router = useRouter();
  const { team, id } = webhook;
  const columns = useMemo(() => {
    const ref = { team, id };
    const h = columnHelper<AttemptRow>();
    return h.columns([
      h.accessor("at", {
        header: "When",
        sortFn: "datetime",
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap text-muted-foreground" title={isoUtc(getValue())}>
            {formatDateTime(getValue())}
          </span>
        ),
      }),
      h.accessor("eventType", {
        header: "Event",
        sortFn: "text",
        cell: ({ row }) => (
          <span className="flex items-center gap-1.5 whitespace-nowrap">
            <span className="font-mono text-xs font-medium">{row.original.eventType}</span>
            {row.original.trigger !== "event" ? <Badge tone="primary">{row.original.trigger}</Badge> : null}
            <span className="font-mono text-[11px] text-muted-foreground" title={row.original.eventId}>
              {row.original.eventId.slice(0, 8)}
            </span>
          </span>
        ),
      }),
      h.accessor("attempt", {
        header: "Attempt",
        meta: { className: "text-right" },
        cell: ({ getValue }) => <span className="tabular-nums">#{getValue()}</span>,
      }),
      h.accessor((r) => r.statusCode ?? 0, {
        id: "status",
        header: "Status",
        cell: ({ row }) => (
          <AttemptBadge
            ok={row.original.ok}
            statusCode={row.original.statusCode}
            error={row.original.error}
          />
        ),
      }),
      h.accessor("latencyMs", {
        header: "Latency",
        meta: { className: "text-right" },
        cell: ({ getValue }) => <span className="whitespace-nowrap tabular-nums">{getValue()} ms</span>,
      }),
      h.accessor((r) => r.error ?? r.responseExcerpt ?? "", {
        id: "response",
        header: "Response",
        enableSorting: false,
        cell: ({ row }) => {
          const r = row.original;
          const text = r.error && !r.responseExcerpt ? r.error : (r.responseExcerpt ?? "");
          return (
            <span
              className={`block max-w-52 truncate font-mono text-xs ${r.ok ? "text-muted-foreground" : "text-destructive"}`}
              title={text}
            >
              {text || "—"}
            </span>
          );
        },
      }),
      h.display({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        meta: { className: "text-right" },
        cell: ({ row }) => (
          <span className="flex justify-end gap-1">
            <Details webhook={ref} row={row.original} />
            {canManage ? (
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Redeliver ${row.original.eventType} ${row.original.eventId}`}
                onClick={async () => {
                  if (
                    await toastAction(
                      redeliverWebhookEventAction(ref, row.original.eventId),
                      "Queued again: same event id, freshly signed.",
                    )
                  )
                    router.refresh();
                }}
              >
                <RotateCcw /> Redeliver
              </Button>
            ) : null}
          </span>
        ),
      }),
    ]);
  }, [team, id, canManage, router]);

  return (
    <DataTable
      title="Delivery log"
      description={`Every attempt, newest first — ${total} in all. Retries repeat the event id; the receiver deduplicates on it.`}
      columns={columns}
      data={rows}
      getRowId={(r) => r.id}
      noun="attempt"
      filterPlaceholder="Filter attempts"
      empty="No attempts yet. Send a test event to see one here."
      footer={footer}
    />
  );
}
