import { getTeamWithMembers, isDomainError, listWebhooks, webhookEventTypes } from "@modelgate/core";
import { ChevronRight, Lock, Webhook } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { formatDateTime, isoUtc } from "@/lib/format";
import { can } from "@/server/page-access";
import { requirePageContext } from "@/server/session";
import { eventOptions } from "./event-options";
import { AttemptBadge, DisabledNotice, WebhookStatusBadge } from "./status";
import { WebhookFormDialog } from "./webhook-dialogs";

export async function generateMetadata({ params }: PageProps<"/teams/[slug]/webhooks">): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Webhooks · ${slug}` };
}

function Breadcrumb({ team }: { team: { slug: string; name: string } }) {
  return (
    <nav
      aria-label="Breadcrumb"
      className="mb-4 flex flex-wrap items-center gap-1 text-sm text-muted-foreground"
    >
      <Link href={`/teams/${encodeURIComponent(team.slug)}`} className="hover:text-foreground">
        {team.name}
      </Link>
      <ChevronRight className="size-3.5" />
      <span className="text-foreground" aria-current="page">
        Webhooks
      </span>
    </nav>
  );
}

function Header({ team, actions }: { team: { slug: string }; actions?: ReactNode }) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="flex items-center gap-4">
        <div className="flex size-12 items-center justify-center rounded-xl bg-accent text-accent-foreground">
          <Webhook className="size-6" />
        </div>
        <div className="space-y-1">
          <p className="font-mono text-xs text-muted-foreground">teams / {team.slug} / webhooks</p>
          <h1 className="text-2xl font-semibold tracking-tight">Webhooks</h1>
          <p className="text-sm text-muted-foreground">
            Registry events POSTed to CI/CD and chat: signed, retried for over a day, never dropped.
          </p>
        </div>
      </div>
      {actions}
    </div>
  );
}

export default async function WebhooksPage({ params }: PageProps<"/teams/[slug]/webhooks">) {
  const { slug } = await params;
  const ctx = await requirePageContext();
  let data: Awaited<ReturnType<typeof listWebhooks>>;
  try {
    data = await listWebhooks(ctx, slug);
  } catch (e) {
    if (isDomainError(e) && e.code === "not_found") notFound();
    if (isDomainError(e) && e.code === "forbidden") {
      const { team } = await getTeamWithMembers(ctx, slug);
      return (
        <>
          <Breadcrumb team={team} />
          <Header team={team} />
          <EmptyState icon={<Lock />} title="Maintainers manage webhooks">
            Webhook URLs and their delivery logs are visible to the team’s maintainers (and auditors). Ask a
            maintainer of {team.name} to add one.
          </EmptyState>
        </>
      );
    }
    throw e;
  }
  const { team, items } = data;
  const canManage = can(ctx, team.id, "webhook.manage");
  return (
    <>
      <Breadcrumb team={team} />
      <Header
        team={team}
        actions={canManage ? <WebhookFormDialog team={team.slug} options={eventOptions} /> : null}
      />
      {items.length === 0 ? (
        <EmptyState icon={<Webhook />} title="No webhooks yet">
          Point one at your deploy pipeline or chat: it hears about new versions, approvals and champion moves
          the moment they commit.
        </EmptyState>
      ) : (
        <Card className="divide-y overflow-hidden" aria-label="Webhooks">
          {items.map((w) => (
            <div key={w.id} className="space-y-3 px-5 py-4" data-testid="webhook-row">
              <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
                <div className="min-w-0 flex-1 space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <WebhookStatusBadge webhook={w} />
                    <Link
                      href={`/teams/${encodeURIComponent(team.slug)}/webhooks/${w.id}`}
                      className="min-w-0 break-all font-mono text-sm font-medium hover:underline"
                    >
                      {w.url}
                    </Link>
                  </div>
                  {w.description ? <p className="text-sm text-muted-foreground">{w.description}</p> : null}
                  <p className="text-xs text-muted-foreground">
                    {w.events.length === webhookEventTypes.length
                      ? "All events"
                      : w.events.length <= 3
                        ? w.events.join(", ")
                        : `${w.events.slice(0, 3).join(", ")} and ${w.events.length - 3} more`}
                  </p>
                </div>
                <div className="flex shrink-0 items-center gap-4 text-xs text-muted-foreground">
                  {w.pendingDeliveries > 0 ? <span>{w.pendingDeliveries} waiting</span> : null}
                  {w.lastAttemptAt ? (
                    <span className="flex items-center gap-2">
                      <span title={isoUtc(w.lastAttemptAt)}>last {formatDateTime(w.lastAttemptAt)}</span>
                      <AttemptBadge
                        ok={Boolean(w.lastAttemptOk)}
                        statusCode={w.lastStatusCode}
                        error={w.lastAttemptOk ? null : "failed"}
                      />
                    </span>
                  ) : (
                    <span>no deliveries yet</span>
                  )}
                  <Link
                    href={`/teams/${encodeURIComponent(team.slug)}/webhooks/${w.id}`}
                    className="flex items-center gap-0.5 font-medium text-primary hover:underline"
                    aria-label={`Delivery log of ${w.url}`}
                  >
                    Delivery log <ChevronRight className="size-3.5" />
                  </Link>
                </div>
              </div>
              {!w.active && w.disabledReason ? (
                <DisabledNotice reason={w.disabledReason} at={w.disabledAt} />
              ) : null}
            </div>
          ))}
        </Card>
      )}
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card className="p-5 text-sm">
          <h2 className="mb-2 font-medium">What a delivery looks like</h2>
          <p className="text-muted-foreground">
            A JSON POST with <code className="font-mono text-xs">id</code>,{" "}
            <code className="font-mono text-xs">type</code>,{" "}
            <code className="font-mono text-xs">timestamp</code>,{" "}
            <code className="font-mono text-xs">team</code>, <code className="font-mono text-xs">actor</code>{" "}
            and <code className="font-mono text-xs">data</code>, and the Standard Webhooks headers{" "}
            <code className="font-mono text-xs">webhook-id</code>,{" "}
            <code className="font-mono text-xs">webhook-timestamp</code> and{" "}
            <code className="font-mono text-xs">webhook-signature</code>. Answer 2xx within 10 seconds;
            anything else is retried with growing waits for over a day, with the same id. Print every payload
            type with <code className="font-mono text-xs">modelgate webhooks events</code>.
          </p>
        </Card>
        <Card className="p-5 text-sm">
          <h2 className="mb-2 font-medium">Verify it</h2>
          <pre className="overflow-x-auto rounded-md border bg-muted px-3 py-2 font-mono text-xs leading-relaxed">
            {`import { verifyWebhook } from "@modelgate/client";

const event = verifyWebhook(secret, req.headers, rawBody);
// throws unless the signature matches and it is recent`}
          </pre>
        </Card>
      </div>
    </>
  );
}
