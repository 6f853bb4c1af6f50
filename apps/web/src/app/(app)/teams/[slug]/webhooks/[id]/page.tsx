import { getTeamWithMembers, getWebhook, listWebhookDeliveries, webhookEventTypes } from "@modelgate/core";
import { ChevronRight, Webhook } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { formatDateTime, isoUtc } from "@/lib/format";
import { can, first, orNotFound } from "@/server/page-access";
import { requirePageContext } from "@/server/session";
import { eventOptions } from "../event-options";
import { DisabledNotice, PendingBadge, WebhookStatusBadge } from "../status";
import { RotateSecretDialog, WebhookFormDialog } from "../webhook-dialogs";
import { type AttemptRow, DeliveryLog } from "./delivery-log";
import { ActiveToggle, DeleteWebhookButton, LiveRefresh, SendTestButton } from "./webhook-controls";

export const metadata: Metadata = { title: "Webhook" };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

function When({ at }: { at: Date | string | null }) {
  return <span title={isoUtc(at)}>{formatDateTime(at)}</span>;
}

export default async function WebhookPage({
  params,
  searchParams,
}: PageProps<"/teams/[slug]/webhooks/[id]">) {
  const { slug, id } = await params;
  const cursor = first((await searchParams).cursor) || undefined;
  const ctx = await requirePageContext();
  const ref = { team: slug, id };
  const [webhook, log, { team }] = await orNotFound(
    Promise.all([
      getWebhook(ctx, ref),
      listWebhookDeliveries(ctx, ref, { limit: 50, cursor }),
      getTeamWithMembers(ctx, slug),
    ]),
  );
  const canManage = can(ctx, team.id, "webhook.manage");
  const now = Date.now();
  // Refresh while an attempt is due within seconds (a new event, a test, an early retry).
  const soon = log.pending.some((p) => p.nextAttemptAt.getTime() - now < 15_000);
  const rows: AttemptRow[] = log.attempts.map((a) => ({ ...a, at: a.at.toISOString() }));
  const base = `/teams/${encodeURIComponent(team.slug)}/webhooks/${webhook.id}`;
  const allEvents = webhook.events.length === webhookEventTypes.length;
  return (
    <>
      <LiveRefresh active={soon} />
      <nav
        aria-label="Breadcrumb"
        className="mb-4 flex flex-wrap items-center gap-1 text-sm text-muted-foreground"
      >
        <Link href={`/teams/${encodeURIComponent(team.slug)}`} className="hover:text-foreground">
          {team.name}
        </Link>
        <ChevronRight className="size-3.5" />
        <Link href={`/teams/${encodeURIComponent(team.slug)}/webhooks`} className="hover:text-foreground">
          Webhooks
        </Link>
        <ChevronRight className="size-3.5" />
        <span className="text-foreground" aria-current="page">
          {new URL(webhook.url).host}
        </span>
      </nav>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="flex min-w-0 items-center gap-4">
          <div className="flex size-12 shrink-0 items-center justify-center rounded-xl bg-accent text-accent-foreground">
            <Webhook className="size-6" />
          </div>
          <div className="min-w-0 space-y-1">
            <div className="flex items-center gap-2">
              <WebhookStatusBadge webhook={webhook} />
              <p className="font-mono text-xs text-muted-foreground">teams / {team.slug} / webhooks</p>
            </div>
            <h1 className="break-all font-mono text-lg font-semibold tracking-tight">{webhook.url}</h1>
            {webhook.description ? (
              <p className="text-sm text-muted-foreground">{webhook.description}</p>
            ) : null}
          </div>
        </div>
        {canManage ? (
          <div className="flex flex-wrap items-center gap-2">
            <SendTestButton webhook={ref} />
            <WebhookFormDialog
              team={team.slug}
              options={eventOptions}
              existing={{
                id: webhook.id,
                url: webhook.url,
                description: webhook.description,
                events: webhook.events,
                revision: webhook.revision,
              }}
            />
            <RotateSecretDialog team={team.slug} id={webhook.id} />
            <ActiveToggle webhook={ref} active={webhook.active} revision={webhook.revision} />
            <DeleteWebhookButton webhook={ref} url={webhook.url} />
          </div>
        ) : null}
      </div>
      {!webhook.active && webhook.disabledReason ? (
        <div className="mb-6">
          <DisabledNotice reason={webhook.disabledReason} at={webhook.disabledAt} />
        </div>
      ) : null}
      <Card className="mb-6 p-5">
        <dl className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
          <Fact label="Events">
            {allEvents ? (
              "All events"
            ) : (
              <span className="flex flex-wrap gap-1">
                {webhook.events.map((e) => (
                  <code key={e} className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
                    {e}
                  </code>
                ))}
              </span>
            )}
          </Fact>
          <Fact label="Signing">
            <span className="font-mono text-xs">whsec_…</span>{" "}
            <span className="text-muted-foreground">(shown once)</span>
            {webhook.previousSecretExpiresAt ? (
              <span className="block text-xs text-muted-foreground">
                The previous secret also signs until <When at={webhook.previousSecretExpiresAt} />
              </span>
            ) : null}
          </Fact>
          <Fact label="Health">
            {webhook.consecutiveFailures > 0 ? (
              <span>
                {webhook.consecutiveFailures} failed{" "}
                {webhook.consecutiveFailures === 1 ? "attempt" : "attempts"} in a row
                {webhook.failingSince ? (
                  <span className="block text-xs text-muted-foreground">
                    since <When at={webhook.failingSince} />
                  </span>
                ) : null}
              </span>
            ) : log.totalAttempts > 0 ? (
              "Last attempt succeeded"
            ) : (
              "No attempts yet"
            )}
          </Fact>
          <Fact label="Created">
            <When at={webhook.createdAt} />
            {webhook.createdByName ? (
              <span className="block text-xs text-muted-foreground">by {webhook.createdByName}</span>
            ) : null}
          </Fact>
        </dl>
      </Card>
      {log.pending.length > 0 ? (
        <Card className="mb-6 overflow-hidden" aria-label="Waiting deliveries">
          <div className="border-b px-4 py-3">
            <h2 className="font-medium">Waiting</h2>
            <p className="text-xs text-muted-foreground">
              Deliveries queued for their next attempt
              {webhook.active ? "" : " (held while the webhook is off; tests and redeliveries go anyway)"}.
            </p>
          </div>
          <ul className="divide-y text-sm">
            {log.pending.map((p) => (
              <li key={p.deliveryId} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2.5">
                <PendingBadge />
                <span className="font-mono text-xs font-medium">{p.eventType}</span>
                <span className="text-xs text-muted-foreground">
                  {p.attempts === 0 ? "first attempt" : `attempt ${p.attempts + 1}`}{" "}
                  {p.nextAttemptAt.getTime() <= now ? (
                    "now"
                  ) : (
                    <>
                      at <When at={p.nextAttemptAt} />
                    </>
                  )}
                </span>
                {p.lastError ? (
                  <span className="min-w-0 truncate font-mono text-xs text-destructive" title={p.lastError}>
                    {p.lastError}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <DeliveryLog
        webhook={ref}
        rows={rows}
        canManage={canManage}
        total={log.totalAttempts}
        footer={
          cursor || log.nextCursor ? (
            <div className="flex items-center justify-between border-t px-4 py-2 text-xs">
              {cursor ? (
                <Link href={base} className="text-primary hover:underline">
                  ← Newest
                </Link>
              ) : (
                <span />
              )}
              {log.nextCursor ? (
                <Link
                  href={`${base}?cursor=${encodeURIComponent(log.nextCursor)}`}
                  className="text-primary hover:underline"
                >
                  Older attempts →
                </Link>
              ) : null}
            </div>
          ) : undefined
        }
      />
    </>
  );
}
