"use client";

import { Minus, Plus } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import { DialogContent } from "@/components/ui/dialog";
import { auditHref } from "@/lib/audit-filter";
import { cn } from "@/lib/cn";
import { type DiffRow, diffJson, showValue } from "@/lib/json-diff";
import { ActorBadge, type AuditRow, actionTone } from "./event-parts";

/** A side panel with every field of one event and the before/after of the change. */
export function EventDrawer({ event: e }: { event: AuditRow }) {
  const diff = diffJson(e.before, e.after);
  const [team, name] = e.model?.split("/") ?? [];
  return (
    <DialogContent
      title={`Event #${e.seq}`}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone={actionTone(e.action)} className="font-mono">
            {e.action}
          </Badge>
          <time dateTime={e.at} className="font-mono text-xs">
            {e.at.replace("T", " ").replace("Z", " UTC")}
          </time>
        </span>
      }
      className="left-auto right-0 top-0 h-dvh w-full max-w-2xl translate-x-0 translate-y-0 overflow-y-auto rounded-none border-y-0 border-r-0 sm:rounded-l-xl"
    >
      <dl
        className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-4 gap-y-2.5 text-sm"
        data-testid="event-fields"
      >
        <Item label="Actor">
          <span className="flex flex-wrap items-center gap-1.5">
            {e.actorName} <ActorBadge type={e.actorType} />
          </span>
          {e.actorUserId ? <Mono>user {e.actorUserId}</Mono> : null}
          {e.actorTokenId ? <Mono>token {e.actorTokenId}</Mono> : null}
        </Item>
        <Item label="Entity">
          <span className="font-mono text-xs">{e.entityType}</span>
          {e.summary ? <span>{e.summary}</span> : null}
          {e.entityId ? <Mono>{e.entityId}</Mono> : null}
        </Item>
        {e.model ? (
          <Item label="Model">
            <Link
              href={`/models/${encodeURIComponent(team!)}/${encodeURIComponent(name!)}`}
              className="font-mono text-xs text-primary hover:underline"
            >
              {e.model}
            </Link>
          </Item>
        ) : null}
        <Item label="Team">{e.team ?? (e.teamId ? <Mono>{e.teamId}</Mono> : <Muted>—</Muted>)}</Item>
        <Item label="Reason">
          {e.reason ? <span className="whitespace-pre-wrap">{e.reason}</span> : <Muted>none given</Muted>}
        </Item>
        <Item label="Request id">
          {e.requestId ? (
            <Link
              href={auditHref({ requestId: e.requestId })}
              className="break-all font-mono text-xs text-primary hover:underline"
              title="Every event of this request"
            >
              {e.requestId}
            </Link>
          ) : (
            <Muted>—</Muted>
          )}
        </Item>
        <Item label="IP">{e.ip ? <Mono>{e.ip}</Mono> : <Muted>—</Muted>}</Item>
        <Item label="User agent">
          {e.userAgent ? <span className="break-words text-xs">{e.userAgent}</span> : <Muted>—</Muted>}
        </Item>
        <Item label="Previous hash">{e.prevHash ? <Mono>{e.prevHash}</Mono> : <Muted>—</Muted>}</Item>
        <Item label="Hash">{e.hash ? <Mono>{e.hash}</Mono> : <Muted>not chained</Muted>}</Item>
      </dl>

      <h3 className="mb-2 mt-6 text-sm font-semibold">Changes</h3>
      {diff.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-4 text-center text-sm text-muted-foreground">
          This event records no field values.
        </p>
      ) : (
        <DiffTable rows={diff} />
      )}
    </DialogContent>
  );
}

function DiffTable({ rows }: { rows: DiffRow[] }) {
  return (
    <div className="overflow-hidden rounded-lg border">
      <table className="w-full table-fixed text-xs" aria-label="Before and after">
        <thead className="border-b bg-muted/50 text-left uppercase tracking-wide text-muted-foreground">
          <tr>
            <th scope="col" className="w-1/4 px-3 py-2 font-medium">
              Field
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Before
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              After
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {rows.map((r) => (
            <tr key={r.key} data-diff={r.kind}>
              <th scope="row" className="px-3 py-2 text-left align-top font-mono font-medium">
                <span className="flex flex-col items-start gap-1">
                  <span className="break-words">{r.key}</span>
                  {r.kind === "added" ? (
                    <Badge tone="success" className="gap-0.5 px-1.5 py-0 text-[10px]">
                      <Plus className="size-2.5" aria-hidden /> added
                    </Badge>
                  ) : r.kind === "removed" ? (
                    <Badge tone="danger" className="gap-0.5 px-1.5 py-0 text-[10px]">
                      <Minus className="size-2.5" aria-hidden /> removed
                    </Badge>
                  ) : r.kind === "changed" ? (
                    <Badge tone="warning" className="px-1.5 py-0 text-[10px]">
                      changed
                    </Badge>
                  ) : null}
                </span>
              </th>
              <DiffCell
                value={r.before}
                present={r.kind !== "added"}
                tint={r.kind === "changed" || r.kind === "removed" ? "old" : undefined}
              />
              <DiffCell
                value={r.after}
                present={r.kind !== "removed"}
                tint={r.kind === "changed" || r.kind === "added" ? "new" : undefined}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DiffCell({ value, present, tint }: { value: unknown; present: boolean; tint?: "old" | "new" }) {
  return (
    <td
      data-side={tint}
      className={cn(
        "px-3 py-2 align-top",
        tint === "old" && "bg-destructive/10",
        tint === "new" && "bg-success/10",
        !tint && "text-muted-foreground",
      )}
    >
      {present ? (
        <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words font-mono text-xs text-foreground">
          {showValue(value)}
        </pre>
      ) : (
        <span className="text-muted-foreground">—</span>
      )}
    </td>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="pt-0.5 text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="flex min-w-0 flex-col gap-0.5">{children}</dd>
    </>
  );
}

const Mono = ({ children }: { children: ReactNode }) => (
  <span className="break-all font-mono text-xs text-muted-foreground">{children}</span>
);
const Muted = ({ children }: { children: ReactNode }) => (
  <span className="text-muted-foreground">{children}</span>
);
