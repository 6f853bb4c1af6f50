import { getRequest, getVersion } from "@modelgate/core";
import { ChevronRight, CircleAlert, ExternalLink, Info } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { CancelRequestButton } from "@/components/approvals/cancel-request-button";
import { CommentThread } from "@/components/approvals/comment-thread";
import { DecisionTimeline } from "@/components/approvals/decision-timeline";
import { describeChange, signatureMeaning } from "@/components/approvals/format";
import { GateList } from "@/components/approvals/gate-list";
import { SignPanel } from "@/components/approvals/sign-panel";
import { RequestStatusBadge } from "@/components/approvals/status-badge";
import { Evidence } from "@/components/compare/evidence";
import { StageBadge, StatusBadge } from "@/components/registry/badges";
import { formatMetric, modelHref, versionHref } from "@/components/registry/format";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatDateTime, isoUtc } from "@/lib/format";
import { can, orNotFound } from "@/server/page-access";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "Approval request" };

function Section({
  title,
  description,
  actions,
  className,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Card className={cn("overflow-hidden", className)}>
      <section aria-labelledby={id}>
        <div className="flex flex-wrap items-center gap-3 border-b px-4 py-3">
          <div className="mr-auto min-w-0">
            <h2 id={id} className="font-medium">
              {title}
            </h2>
            {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
          </div>
          {actions}
        </div>
        {children}
      </section>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-4 px-4 py-2 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-right">{children}</dd>
    </div>
  );
}

/** The latest value of each offline metric, gate metrics first. */
function keyMetrics(metrics: { key: string; value: number }[], gateKeys: Set<string>, max = 8) {
  const last = new Map<string, number>();
  for (const m of metrics) last.set(m.key, m.value);
  return [...last.entries()]
    .sort(([a], [b]) => Number(gateKeys.has(b)) - Number(gateKeys.has(a)) || a.localeCompare(b))
    .slice(0, max);
}

export default async function RequestPage({ params }: PageProps<"/approvals/[id]">) {
  const { id } = await params;
  const ctx = await requirePageContext();
  const r = await orNotFound(getRequest(ctx, id));
  const v = await orNotFound(
    getVersion(ctx, { team: r.team, name: r.modelName, version: r.version.version }),
  );
  const change = describeChange(r);
  const failing = r.gateResults.filter((g) => !g.passed);
  const gateKeys = new Set(
    r.policy.gates.flatMap((g) => (g.type === "metric" || g.type === "beat_champion" ? [g.key] : [])),
  );
  const metrics = keyMetrics(v.metrics, gateKeys);
  const canComment = can(ctx, r.teamId, "comment.create");
  const hadChampion = Boolean((r.premise as { championVersionId?: string | null }).championVersionId);
  const closedNote =
    r.status === "pending" || r.status === "applied"
      ? null
      : (r.statusReason ?? (r.status === "expired" ? "Expired before enough approvals." : null));

  return (
    <>
      <nav
        aria-label="Breadcrumb"
        className="mb-4 flex flex-wrap items-center gap-1 text-sm text-muted-foreground"
      >
        <Link href="/approvals" className="hover:text-foreground">
          Approvals
        </Link>
        <ChevronRight className="size-3.5" />
        <span className="text-foreground" aria-current="page">
          {r.model} v{r.version.version}
        </span>
      </nav>

      <header className="mb-6 space-y-3">
        <p className="font-mono text-sm text-muted-foreground">
          <Link href={modelHref(r.team, r.modelName)} className="hover:text-foreground">
            {r.model}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">
            <Link href={versionHref(r.team, r.modelName, r.version.version)} className="hover:underline">
              v{r.version.version}
            </Link>
            <span className="text-muted-foreground">:</span> {change}
          </h1>
          <RequestStatusBadge status={r.status} />
        </div>
        <p className="text-sm text-muted-foreground">
          Requested by <span className="font-medium text-foreground">{r.requestedByName}</span>
          <span aria-hidden> · </span>
          <time dateTime={r.createdAt.toISOString()} title={isoUtc(r.createdAt)}>
            {formatDateTime(r.createdAt)}
          </time>
          {r.status === "pending" ? (
            <>
              <span aria-hidden> · </span>
              expires{" "}
              <time dateTime={r.expiresAt.toISOString()} title={isoUtc(r.expiresAt)}>
                {formatDateTime(r.expiresAt)}
              </time>
            </>
          ) : r.closedAt ? (
            <>
              <span aria-hidden> · </span>
              closed{" "}
              <time dateTime={r.closedAt.toISOString()} title={isoUtc(r.closedAt)}>
                {formatDateTime(r.closedAt)}
              </time>
            </>
          ) : null}
        </p>
        <blockquote
          className="max-w-3xl whitespace-pre-line border-l-2 border-primary/40 pl-4 text-sm"
          data-testid="request-reason"
        >
          {r.reason}
        </blockquote>
      </header>

      {closedNote ? (
        <div
          role="status"
          className={cn(
            "mb-6 flex items-start gap-3 rounded-lg border px-4 py-3 text-sm",
            r.status === "rejected"
              ? "border-destructive/40 bg-destructive/10 text-destructive"
              : "border-border bg-muted/50",
          )}
          data-testid="status-reason"
        >
          {r.status === "rejected" ? (
            <CircleAlert className="mt-0.5 size-4 shrink-0" />
          ) : (
            <Info className="mt-0.5 size-4 shrink-0" />
          )}
          <span>
            <strong className="font-semibold capitalize">{r.status}.</strong> {closedNote}
          </span>
        </div>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section
            title="Gates"
            description={
              r.status === "pending"
                ? "Evaluated when requested and again at every approval."
                : "As last evaluated."
            }
            actions={
              r.gateResults.length ? (
                <span
                  className={cn(
                    "text-xs font-medium tabular-nums",
                    failing.length ? "text-destructive" : "text-success",
                  )}
                >
                  {r.gateResults.length - failing.length}/{r.gateResults.length} passing
                </span>
              ) : null
            }
          >
            <GateList gates={r.gateResults} />
          </Section>

          <Section
            title="Evidence: champion vs this version"
            description={
              r.comparisonChanged
                ? "Kept from when the request was made — and the comparison now, which has changed since."
                : r.comparisonAtRequest || r.comparisonNow
                  ? "Offline metrics of the production champion and this version, kept from when the request was made."
                  : undefined
            }
            actions={
              r.comparisonChanged ? (
                <span className="rounded-full bg-warning/20 px-2 py-0.5 text-xs font-medium">
                  changed since the request
                </span>
              ) : null
            }
          >
            <Evidence
              team={r.team}
              name={r.modelName}
              version={r.version.version}
              atRequest={r.comparisonAtRequest}
              now={r.comparisonNow}
              changed={r.comparisonChanged}
            />
          </Section>

          <Section
            title="Signatures"
            description="Each decision is an electronic signature: printed name, UTC time, meaning, reason and the hash of the version content."
          >
            <DecisionTimeline decisions={r.decisions} />
          </Section>

          <Section title="Discussion" description="Markdown; visible to everyone who can read this team.">
            <CommentThread target={{ requestId: r.id }} comments={r.comments} canComment={canComment} />
          </Section>
        </div>

        <div className="space-y-6">
          <Section
            title="Your decision"
            actions={r.canCancel ? <CancelRequestButton requestId={r.id} /> : null}
          >
            <div className="space-y-4 px-4 py-4">
              <div>
                <div className="mb-1.5 flex items-baseline justify-between text-sm">
                  <span className="text-muted-foreground">Approvals</span>
                  <span className="font-medium tabular-nums" data-testid="approval-count">
                    {r.approvals} / {r.policy.requiredApprovals}
                  </span>
                </div>
                <div
                  className="h-1.5 overflow-hidden rounded-full bg-muted"
                  role="progressbar"
                  aria-label="Approvals"
                  aria-valuemin={0}
                  aria-valuemax={r.policy.requiredApprovals}
                  aria-valuenow={r.approvals}
                >
                  <div
                    className="h-full rounded-full bg-success transition-all"
                    style={{
                      width: `${r.policy.requiredApprovals ? Math.min(100, (r.approvals / r.policy.requiredApprovals) * 100) : 100}%`,
                    }}
                  />
                </div>
              </div>
              <SignPanel
                requestId={r.id}
                signer={ctx.actor.name}
                meanings={{
                  approve: signatureMeaning("approve", r.model, r.version.version, r),
                  reject: signatureMeaning("reject", r.model, r.version.version, r),
                }}
                cannotDecideBecause={r.cannotDecideBecause}
                canApprove={r.canApprove}
                approveBlockedBecause={
                  failing.length
                    ? `Approval is blocked while gates fail: ${failing.map((g) => g.label).join("; ")}.`
                    : null
                }
              />
            </div>
          </Section>

          <Section
            title={`Version ${v.version}`}
            actions={
              <Link
                href={versionHref(r.team, r.modelName, v.version)}
                className="inline-flex items-center gap-1 text-xs font-medium text-primary hover:underline"
              >
                Open <ExternalLink className="size-3" />
              </Link>
            }
          >
            <dl className="divide-y">
              <Row label="Status">
                <StatusBadge status={v.status} />
              </Row>
              <Row label="Stage now">
                <StageBadge stage={v.stage} />
              </Row>
              <Row label="Registered by">{v.createdByName ?? "—"}</Row>
              {metrics.map(([key, value]) => (
                <Row key={key} label={key}>
                  <span className={cn("font-mono text-xs", gateKeys.has(key) && "font-semibold")}>
                    {formatMetric(value)}
                  </span>
                </Row>
              ))}
            </dl>
            {v.description ? (
              <p className="line-clamp-3 border-t px-4 py-3 text-xs text-muted-foreground">{v.description}</p>
            ) : null}
          </Section>

          <Section title="Policy" description="As it stood when the request was made.">
            <dl className="divide-y">
              <Row label="Required approvals">{r.policy.requiredApprovals}</Row>
              <Row label="Reviewers">{r.policy.minReviewerRole} or above</Row>
              <Row label="Registrant may approve">{r.policy.registrantMayApprove ? "yes" : "no"}</Row>
              <Row label="Expires after">{r.policy.expiryDays} days</Row>
              {r.toStage === "production" && hadChampion ? (
                <Row label="Replaced champion">
                  {r.archivePrevious ? "is archived" : "goes back to staging"}
                </Row>
              ) : null}
            </dl>
          </Section>
        </div>
      </div>
    </>
  );
}
