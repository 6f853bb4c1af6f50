import { getModel, listAliases, listVersions, metricAcrossVersions, modelTimeline } from "@modelgate/core";
import {
  Archive,
  Boxes,
  CalendarSearch,
  ChevronRight,
  GitCompareArrows,
  ShieldCheck,
  Upload,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ModelTimeline } from "@/components/approvals/model-timeline";
import { RollbackButton } from "@/components/approvals/rollback-button";
import { MetricVersionsChart } from "@/components/compare/metric-versions-chart";
import { ParamSelect } from "@/components/compare/param-select";
import { AliasBadge, TagChips } from "@/components/registry/badges";
import { CodeBlock } from "@/components/registry/code-block";
import { modelHref, versionHref } from "@/components/registry/format";
import { MarkdownView } from "@/components/registry/markdown";
import { ModelTabs } from "@/components/registry/model-tabs";
import { ANY, UrlSelect } from "@/components/registry/url-select";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { formatDate, formatDateTime, isoUtc } from "@/lib/format";
import { can, first, orNotFound } from "@/server/page-access";
import { requirePageContext } from "@/server/session";
import { AliasDialog } from "./alias-panel";
import { ArchiveButton } from "./archive-button";
import { EditModelDialog } from "./edit-model-dialog";
import { PrimaryMetricSelect } from "./primary-metric-select";
import { type VersionRow, VersionsTable } from "./versions-table";

export async function generateMetadata({ params }: PageProps<"/models/[team]/[name]">): Promise<Metadata> {
  const { team, name } = await params;
  return { title: `${team}/${name}` };
}

const STAGES = ["none", "staging", "production", "archived"] as const;
const STATUSES = ["pending", "ready", "failed"] as const;
const stageOptions = [{ value: ANY, label: "Any stage" }, ...STAGES.map((s) => ({ value: s, label: s }))];
const statusOptions = [{ value: ANY, label: "Any status" }, ...STATUSES.map((s) => ({ value: s, label: s }))];

/** The metric keys most versions of the page have (ties alphabetically): the table's columns. */
function keyMetrics(rows: { metrics: Record<string, number> }[], max = 3): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const k of Object.keys(r.metrics)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.keys()]
    .sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b))
    .slice(0, max);
}

export default async function ModelPage({ params, searchParams }: PageProps<"/models/[team]/[name]">) {
  const { team, name } = await params;
  const sp = await searchParams;
  const ctx = await requirePageContext();
  const model = await orNotFound(getModel(ctx, team, name));
  const ref = { team: model.teamSlug, name: model.name };
  const requested = first(sp.tab);
  // `history` was the stage-history tab's name: old links land on the timeline.
  const tab =
    requested === "card"
      ? "card"
      : requested === "timeline" || requested === "history"
        ? "timeline"
        : "versions";
  const stage = STAGES.find((s) => s === first(sp.stage));
  const status = STATUSES.find((s) => s === first(sp.status));
  const cursorRaw = first(sp.cursor);
  const cursor = cursorRaw && /^\d{1,9}$/.test(cursorRaw) ? Number(cursorRaw) : undefined;

  const canEdit = can(ctx, model.teamId, "model.update");
  const canRegister = can(ctx, model.teamId, "version.register") && !model.archived;
  const canAlias = can(ctx, model.teamId, "alias.set");
  const canArchive = can(ctx, model.teamId, "model.archive");
  const canProtect = can(ctx, model.teamId, "alias.protect");

  const [versions, aliasList, ready] = await Promise.all([
    listVersions(ctx, ref, { stage, status, cursor, limit: 25 }),
    listAliases(ctx, ref),
    canAlias ? listVersions(ctx, ref, { status: "ready", limit: 200 }) : null,
  ]);
  // Champion first: it is the one deployments follow.
  const aliasRows = [...aliasList].sort(
    (a, b) => Number(b.name === "champion") - Number(a.name === "champion"),
  );
  const ownerName = model.createdByName;
  const productionVersion = model.productionVersion;
  const champion = aliasRows.find((a) => a.name === "champion")?.version ?? null;
  const rows: VersionRow[] = versions.items.map((v) => ({
    id: v.id,
    version: v.version,
    status: v.status,
    stage: v.stage,
    description: v.description,
    aliases: [...v.aliases].sort((a, b) => Number(b === "champion") - Number(a === "champion")),
    metrics: v.metrics,
    createdByName: v.createdByName,
    createdAt: v.createdAt,
  }));
  const filtered = Boolean(stage || status);
  const base = modelHref(ref.team, ref.name);
  const history = tab === "timeline" ? await modelTimeline(ctx, ref) : null;
  // Offline metric keys of the listed versions (and the primary metric): the chart's and the
  // primary-metric picker's choices.
  const offlineKeys = [
    ...new Set([
      ...rows.flatMap((r) => Object.keys(r.metrics)),
      ...(model.primaryMetric ? [model.primaryMetric] : []),
    ]),
  ].sort();
  const requestedMetric = first(sp.metric);
  const plotted =
    requestedMetric && offlineKeys.includes(requestedMetric)
      ? requestedMetric
      : model.primaryMetric && offlineKeys.includes(model.primaryMetric)
        ? model.primaryMetric
        : offlineKeys[0];
  const across =
    tab === "versions" && plotted ? await metricAcrossVersions(ctx, { ...ref, key: plotted }) : null;
  const canRequest = can(ctx, model.teamId, "transition.request") && !model.archived;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 flex items-center gap-1 text-sm text-muted-foreground">
        <Link href="/models" className="hover:text-foreground">
          Models
        </Link>
        <ChevronRight className="size-3.5" />
        <Link href={`/models?team=${encodeURIComponent(ref.team)}`} className="hover:text-foreground">
          {ref.team}
        </Link>
        <ChevronRight className="size-3.5" />
        <span className="text-foreground" aria-current="page">
          {ref.name}
        </span>
      </nav>

      {model.archived ? (
        <div
          role="status"
          className="mb-6 flex items-start gap-3 rounded-lg border border-warning/50 bg-warning/15 px-4 py-3 text-sm"
        >
          <Archive className="mt-0.5 size-4 shrink-0" />
          <span>
            <strong className="font-semibold">This model is archived.</strong> Its versions stay readable; it
            accepts no new versions until a maintainer restores it.
          </span>
        </div>
      ) : null}

      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 items-start gap-4">
          <div className="flex size-12 shrink-0 items-center justify-center rounded-xl bg-accent text-accent-foreground">
            <Boxes className="size-6" />
          </div>
          <div className="min-w-0 space-y-2">
            <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
              <span className="break-all">
                <span className="font-normal text-muted-foreground">{ref.team}/</span>
                {ref.name}
              </span>
              {model.archived ? <Badge>archived</Badge> : null}
            </h1>
            {model.description ? (
              <p className="max-w-3xl text-sm text-muted-foreground">{model.description}</p>
            ) : (
              <p className="text-sm italic text-muted-foreground/70">No description.</p>
            )}
            <div className="flex flex-wrap items-center gap-2">
              {aliasRows.length ? (
                <ul className="flex flex-wrap gap-1.5" aria-label="Model aliases">
                  {aliasRows.map((a) => (
                    <li key={a.name}>
                      <AliasBadge
                        name={a.name}
                        version={a.version}
                        isProtected={a.protected}
                        href={a.version ? versionHref(ref.team, ref.name, a.version) : undefined}
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
              <TagChips tags={model.tags} href={(k, v) => `/models?tag=${encodeURIComponent(`${k}=${v}`)}`} />
            </div>
            <p className="text-xs text-muted-foreground">
              {ownerName ? <>Owned by {ownerName} · </> : null}
              created <span title={isoUtc(model.createdAt)}>{formatDate(model.createdAt)}</span> · team{" "}
              <Link href={`/teams/${ref.team}`} className="font-mono hover:text-foreground hover:underline">
                {ref.team}
              </Link>
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {canArchive ? <ArchiveButton team={ref.team} name={ref.name} archived={model.archived} /> : null}
          {canAlias && !model.archived ? (
            <AliasDialog
              team={ref.team}
              name={ref.name}
              aliases={aliasRows.map((a) => ({ name: a.name, version: a.version, protected: a.protected }))}
              readyVersions={ready?.items.map((v) => v.version) ?? []}
              canProtect={canProtect}
              canRequest={canRequest}
            />
          ) : null}
          <Button asChild variant="outline">
            <Link
              href={`/teams/${encodeURIComponent(ref.team)}/policies?model=${encodeURIComponent(ref.name)}`}
            >
              <ShieldCheck /> Promotion policy
            </Link>
          </Button>
          {canEdit ? (
            <EditModelDialog
              model={{
                team: ref.team,
                name: ref.name,
                revision: model.revision,
                description: model.description,
                modelCard: model.modelCard,
                tags: model.tags,
              }}
            />
          ) : null}
          {canRegister ? (
            <Button asChild>
              <Link href={`${base}/register`}>
                <Upload /> Register version
              </Link>
            </Button>
          ) : null}
        </div>
      </header>

      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5">
        <Stat label="Latest version">
          {model.latestVersion ? (
            <Link className="hover:text-primary" href={versionHref(ref.team, ref.name, model.latestVersion)}>
              v{model.latestVersion}
            </Link>
          ) : (
            "—"
          )}
        </Stat>
        <Stat label="In production">
          {productionVersion ? (
            <Link
              className="text-success hover:underline"
              href={versionHref(ref.team, ref.name, productionVersion)}
            >
              v{productionVersion}
            </Link>
          ) : (
            <span className="text-muted-foreground">None yet</span>
          )}
        </Stat>
        <Stat label="Champion">
          {champion ? (
            <Link className="hover:text-primary" href={versionHref(ref.team, ref.name, champion)}>
              v{champion}
            </Link>
          ) : (
            <span className="text-muted-foreground">—</span>
          )}
        </Stat>
        <Stat label="Primary metric">
          {canEdit && !model.archived ? (
            <PrimaryMetricSelect
              team={ref.team}
              name={ref.name}
              revision={model.revision}
              value={model.primaryMetric}
              keys={offlineKeys}
            />
          ) : model.primaryMetric ? (
            <span className="font-mono text-base" data-testid="primary-metric">
              {model.primaryMetric}
            </span>
          ) : (
            <span className="text-muted-foreground">—</span>
          )}
        </Stat>
        <Stat label="Last updated">
          <span title={isoUtc(model.updatedAt)}>{formatDate(model.updatedAt)}</span>
        </Stat>
      </dl>

      <div className="min-w-0">
        <ModelTabs team={ref.team} name={ref.name} current={tab} versionCount={model.latestVersion} />
        {across ? (
          <Card className="mb-4 overflow-hidden">
            <section aria-labelledby="across-heading">
              <div className="flex flex-wrap items-center justify-between gap-3 border-b px-4 py-3">
                <div>
                  <h2 id="across-heading" className="font-medium">
                    Metric across versions
                  </h2>
                  <p className="text-xs text-muted-foreground">
                    An offline metric by version: points coloured by stage, the production champion ringed.
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <ParamSelect
                    param="metric"
                    value={across.key}
                    label="Metric to plot"
                    options={offlineKeys.map((k) => ({ value: k, label: k }))}
                    className="w-48 font-mono"
                  />
                  <Button asChild variant="outline" size="sm">
                    <Link href={`${base}/compare`}>
                      <GitCompareArrows /> Compare
                    </Link>
                  </Button>
                </div>
              </div>
              <div className="px-2 py-3 sm:px-4">
                <MetricVersionsChart
                  points={across.points.map((p) => ({ version: p.version, stage: p.stage, value: p.value }))}
                  definition={across.definition}
                />
              </div>
            </section>
          </Card>
        ) : null}
        {tab === "versions" ? (
          <VersionsTable
            team={ref.team}
            name={ref.name}
            rows={rows}
            metricKeys={keyMetrics(rows)}
            actions={
              <div className="flex items-center gap-2">
                <UrlSelect param="stage" label="Filter by stage" options={stageOptions} className="w-32" />
                <UrlSelect param="status" label="Filter by status" options={statusOptions} className="w-32" />
              </div>
            }
            empty={
              filtered ? (
                "No version matches these filters."
              ) : (
                <div className="mx-auto max-w-lg space-y-3">
                  <p>No versions yet. Register one from a training pipeline:</p>
                  <CodeBlock
                    lines={[
                      `modelgate versions register ${ref.team}/${ref.name} --artifact model.pkl --metric auc=0.93`,
                    ]}
                  />
                  {canRegister ? <p>…or with the Register version button above.</p> : null}
                </div>
              )
            }
            footer={
              rows.length ? (
                <div className="flex items-center justify-between gap-3 border-t px-4 py-2 text-xs text-muted-foreground">
                  <span>
                    {rows.length} {rows.length === 1 ? "version" : "versions"}
                    {cursor ? ` below v${cursor}` : ""}
                    {filtered ? " matching the filters" : ""}
                  </span>
                  <span className="flex gap-1">
                    {cursor ? (
                      <Button asChild variant="ghost" size="sm">
                        <Link href={withParam(sp, "cursor", undefined, base)}>Newest</Link>
                      </Button>
                    ) : null}
                    {versions.nextCursor ? (
                      <Button asChild variant="outline" size="sm">
                        <Link href={withParam(sp, "cursor", String(versions.nextCursor), base)}>
                          Older versions <ChevronRight />
                        </Link>
                      </Button>
                    ) : null}
                  </span>
                </div>
              ) : null
            }
          />
        ) : tab === "timeline" && history ? (
          <section aria-label="Timeline" className="rounded-xl border bg-card text-card-foreground shadow-sm">
            <div className="flex flex-wrap items-center justify-between gap-3 border-b px-4 py-3">
              <div>
                <h2 className="font-medium">Timeline</h2>
                <p className="text-xs text-muted-foreground">
                  Every stage and alias change, newest first: who asked, why, and who signed.
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Button asChild variant="ghost" size="sm">
                  <Link href="/audit/as-of">
                    <CalendarSearch /> As of a date
                  </Link>
                </Button>
                {canRequest && history.rollbackCandidate ? (
                  <RollbackButton
                    team={ref.team}
                    name={ref.name}
                    version={history.rollbackCandidate}
                    current={productionVersion}
                  />
                ) : null}
              </div>
            </div>
            <ModelTimeline entries={history.entries} versionHref={(n) => `${base}/versions/${n}`} />
          </section>
        ) : (
          <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
            <section
              aria-label="Model card"
              className="min-w-0 rounded-xl border bg-card px-6 py-5 text-card-foreground shadow-sm"
            >
              {model.modelCard.trim() ? (
                <MarkdownView source={model.modelCard} />
              ) : (
                <div className="py-8 text-center text-sm text-muted-foreground">
                  <p className="font-medium text-foreground">No model card yet</p>
                  <p className="mt-1">
                    Describe intended use, training data, evaluation and limitations
                    {canEdit ? " with Edit above." : "; a contributor of the team can add it."}
                  </p>
                </div>
              )}
            </section>
            <aside className="space-y-4">
              <Card className="p-4">
                <h2 className="mb-3 text-sm font-medium">Details</h2>
                <dl className="space-y-2 text-sm">
                  <Detail label="Team">
                    <Link href={`/teams/${ref.team}`} className="font-mono hover:text-primary">
                      {ref.team}
                    </Link>
                  </Detail>
                  <Detail label="Owner">{ownerName ?? "—"}</Detail>
                  <Detail label="Created">
                    <span title={isoUtc(model.createdAt)}>{formatDate(model.createdAt)}</span>
                  </Detail>
                  <Detail label="Updated">
                    <span title={isoUtc(model.updatedAt)}>{formatDateTime(model.updatedAt)}</span>
                  </Detail>
                  <Detail label="Revision">
                    <span className="font-mono">{model.revision}</span>
                  </Detail>
                </dl>
              </Card>
              <Card className="p-4">
                <h2 className="mb-2 text-sm font-medium">Use it</h2>
                <p className="mb-2 text-xs text-muted-foreground">
                  Resolve an alias to a version and its artifacts:
                </p>
                <code className="block break-all rounded-md border bg-muted/60 px-2 py-1.5 font-mono text-xs">
                  GET /api/v1/resolve?ref={ref.team}/{ref.name}@{aliasRows[0]?.name ?? "latest"}
                </code>
              </Card>
            </aside>
          </div>
        )}
      </div>
    </>
  );
}

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card className="px-4 py-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tracking-tight">{children}</dd>
    </Card>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 truncate text-right">{children}</dd>
    </div>
  );
}

function withParam(
  sp: Record<string, string | string[] | undefined>,
  key: string,
  value: string | undefined,
  base: string,
): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    if (k === key || v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) next.append(k, x);
  }
  if (value) next.set(key, value);
  const s = next.toString();
  return s ? `${base}?${s}` : base;
}
