import { listAuditEvents } from "@modelgate/core";
import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/page-header";
import { Badge, Card } from "@/components/ui/card";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "Audit trail" };

function tone(action: string) {
  if (action.endsWith("_failed")) return "danger" as const;
  if (action.startsWith("auth.")) return "neutral" as const;
  return "primary" as const;
}

export default async function AuditPage() {
  const ctx = await requirePageContext();
  const canRead = ctx.actor.orgRole === "auditor" || ctx.actor.orgRole === "admin";
  if (!canRead) {
    return (
      <>
        <PageHeader title="Audit trail" />
        <EmptyState icon={<ScrollText />} title="For compliance officers">
          The organisation-wide audit trail is readable by auditors and administrators.
        </EmptyState>
      </>
    );
  }
  const { events } = await listAuditEvents(ctx, {}, { limit: 100 });
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change and every sign-in, written in the same transaction as the change. Newest first."
      />
      <Card className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="border-b bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
            <tr>
              <th className="px-4 py-3 font-medium">#</th>
              <th className="px-4 py-3 font-medium">Time (UTC)</th>
              <th className="px-4 py-3 font-medium">Actor</th>
              <th className="px-4 py-3 font-medium">Action</th>
              <th className="px-4 py-3 font-medium">Entity</th>
              <th className="px-4 py-3 font-medium">IP</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {events.map((e) => (
              <tr key={e.seq} className="hover:bg-muted/40">
                <td className="px-4 py-2.5 font-mono text-xs text-muted-foreground">{e.seq}</td>
                <td className="whitespace-nowrap px-4 py-2.5 font-mono text-xs">
                  {e.at.toISOString().replace("T", " ").slice(0, 19)}
                </td>
                <td className="px-4 py-2.5">
                  {e.actorName} <span className="text-xs text-muted-foreground">({e.actorType})</span>
                </td>
                <td className="px-4 py-2.5">
                  <Badge tone={tone(e.action)} className="font-mono">
                    {e.action}
                  </Badge>
                </td>
                <td className="px-4 py-2.5 text-xs text-muted-foreground">
                  {e.entityType}
                  {e.after && typeof e.after === "object" && "email" in e.after
                    ? ` · ${String(e.after.email)}`
                    : ""}
                  {e.after && typeof e.after === "object" && "slug" in e.after
                    ? ` · ${String(e.after.slug)}`
                    : ""}
                </td>
                <td className="px-4 py-2.5 font-mono text-xs text-muted-foreground">{e.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
