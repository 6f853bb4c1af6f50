import {
  getVersion,
  listRequests,
  listVersions,
  loadModel,
  modelTimeline,
  type StageTimelineEntry,
} from "@modelgate/core";
import { ChevronRight, Info } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { describeChange, nextStages } from "@/components/approvals/format";
import { ModelTimeline } from "@/components/approvals/model-timeline";
import { RequestTransitionForm } from "@/components/approvals/request-transition-dialog";
import { RollbackButton } from "@/components/approvals/rollback-button";
import { RequestStatusBadge } from "@/components/approvals/status-badge";
import { EmptyState } from "@/components/page-header";
import { StageBadge, StatusBadge } from "@/components/registry/badges";
import { modelHref, versionHref } from "@/components/registry/format";
import { Card } from "@/components/ui/card";
import { can, orNotFound } from "@/server/page-access";
import { requirePageContext } from "@/server/session";

export const metadata: Metadata = { title: "Request a promotion" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Panel({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Card className="overflow-hidden">
      <div className="border-b px-4 py-3">
        <h2 className="font-medium">{title}</h2>
        {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
      </div>
      {children}
    </Card>
  );
}

function Note({ children }: { children: ReactNode }) {
  return (
    <p className="flex items-start gap-2 px-4 py-4 text-sm text-muted-foreground">
      <Info className="mt-0.5 size-4 shrink-0" /> <span>{children}</span>
    </p>
  );
}

/**
 * Request a stage change or a rollback for one version (`?team=&name=&version=`); without a
 * version, pick one. The model and version pages open the same form in a dialog.
 */
export default async function NewRequestPage({ searchParams }: PageProps<"/approvals/new">) {
  const sp = await searchParams;
  const team = one(sp.team);
  const name = one(sp.name);
  const rawVersion = one(sp.version);
  if (!team || !name) notFound();
  const ctx = await requirePageContext();
  const model = await orNotFound(loadModel(ctx, team, name));
  const ref = { team: model.teamSlug, name: model.name };
  const [{ entries, rollbackCandidate }, open] = await Promise.all([
    modelTimeline(ctx, ref),
    listRequests(ctx, { view: "open", model: ref, limit: 50 }),
  ]);
  const mayRequest = can(ctx, model.teamId, "transition.request");
  const production = entries.find(
    (e): e is StageTimelineEntry => e.kind === "stage" && e.toStage === "production",
  );

  const breadcrumb = (
    <nav
      aria-label="Breadcrumb"
      className="mb-4 flex flex-wrap items-center gap-1 text-sm text-muted-foreground"
    >
      <Link href="/approvals" className="hover:text-foreground">
        Approvals
      </Link>
      <ChevronRight className="size-3.5" />
      <span className="text-foreground" aria-current="page">
        New request
      </span>
    </nav>
  );

  if (!rawVersion) {
    const { items } = await listVersions(ctx, ref, { status: "ready", limit: 50 });
    return (
      <>
        {breadcrumb}
        <h1 className="mb-6 text-2xl font-semibold tracking-tight">
          Request a promotion of {model.fullName}
        </h1>
        {items.length ? (
          <Panel title="Choose a version" description="Only ready versions can move.">
            <ul className="divide-y">
              {items.map((v) => (
                <li key={v.version}>
                  <Link
                    href={`/approvals/new?team=${encodeURIComponent(ref.team)}&name=${encodeURIComponent(ref.name)}&version=${v.version}`}
                    className="flex items-center gap-3 px-4 py-2.5 text-sm hover:bg-muted/50"
                  >
                    <span className="w-10 font-mono font-medium">v{v.version}</span>
                    <StageBadge stage={v.stage} />
                    <span className="truncate text-muted-foreground">{v.description}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </Panel>
        ) : (
          <EmptyState icon={<Info />} title="No ready version">
            Register a version and upload its artifacts first.
          </EmptyState>
        )}
      </>
    );
  }

  if (!/^\d{1,9}$/.test(rawVersion)) notFound();
  const v = await orNotFound(getVersion(ctx, { ...ref, version: Number(rawVersion) }));
  const targets = nextStages[v.stage];
  const pendingHere = open.filter((r) => r.version === v.version);
  const offerRollback =
    rollbackCandidate === v.version && v.stage !== "production" && v.status === "ready" && mayRequest;

  return (
    <>
      {breadcrumb}
      <header className="mb-6 space-y-2">
        <p className="font-mono text-sm text-muted-foreground">
          <Link href={modelHref(ref.team, ref.name)} className="hover:text-foreground">
            {model.fullName}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">
            Request a change for{" "}
            <Link href={versionHref(ref.team, ref.name, v.version)} className="hover:underline">
              v{v.version}
            </Link>
          </h1>
          <span className="flex items-center gap-2" data-testid="version-state">
            <StatusBadge status={v.status} />
            <StageBadge stage={v.stage} />
          </span>
        </div>
        {production ? (
          <p className="text-sm text-muted-foreground">
            In production now: <span className="font-medium text-foreground">v{production.version}</span>
          </p>
        ) : null}
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Panel
            title="Request promotion"
            description="The team's promotion policy decides how many reviewers must sign and which gates apply."
          >
            {!mayRequest ? (
              <Note>Requesting a promotion needs the contributor role in {ref.team}.</Note>
            ) : v.status !== "ready" ? (
              <Note>
                v{v.version} is {v.status}; only ready versions move.
              </Note>
            ) : targets.length === 0 ? (
              <Note>A version in {v.stage} cannot be promoted further.</Note>
            ) : (
              <div className="px-4 py-4">
                <RequestTransitionForm
                  version={{ team: ref.team, name: ref.name, version: v.version, stage: v.stage }}
                />
              </div>
            )}
          </Panel>
          {offerRollback ? (
            <Panel
              title="Roll back"
              description={`v${v.version} was in production before${production ? ` v${production.version}` : ""}.`}
            >
              <div className="flex items-center justify-between gap-4 px-4 py-4 text-sm">
                <span className="text-muted-foreground">
                  Bring v{v.version} back as the champion. Metric gates are waived: it passed them before.
                </span>
                <RollbackButton
                  team={ref.team}
                  name={ref.name}
                  version={v.version}
                  current={production?.version}
                />
              </div>
            </Panel>
          ) : null}
          {pendingHere.length ? (
            <Panel title="Open requests for this version">
              <ul className="divide-y">
                {pendingHere.map((r) => (
                  <li key={r.id}>
                    <Link
                      href={`/approvals/${r.id}`}
                      className="flex items-center gap-3 px-4 py-2.5 text-sm hover:bg-muted/50"
                    >
                      <span className="font-medium text-primary">{describeChange(r)}</span>
                      <RequestStatusBadge status={r.status} />
                      <span className="ml-auto text-xs text-muted-foreground">
                        {r.approvals} / {r.requiredApprovals} approvals
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </Panel>
          ) : null}
        </div>
        <Panel title="Timeline" description="Stage and alias changes, newest first; rollbacks are marked.">
          <ModelTimeline entries={entries} versionHref={(n) => versionHref(ref.team, ref.name, n)} />
        </Panel>
      </div>
    </>
  );
}
