import { getVersion, listVersionComments, loadModel } from "@modelgate/core";
import { ChevronRight, CircleAlert, Download, ExternalLink, Hourglass, ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CommentThread } from "@/components/approvals/comment-thread";
import { RequestTransitionDialog } from "@/components/approvals/request-transition-dialog";
import { AliasBadge, StageBadge, StatusBadge, TagChips } from "@/components/registry/badges";
import { artifactUrl, formatBytes, modelHref, shortSha } from "@/components/registry/format";
import { Badge, Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatDateTime, isoUtc } from "@/lib/format";
import { can, orNotFound } from "@/server/page-access";
import { requirePageContext } from "@/server/session";
import { ArtifactUpload } from "./artifact-upload";
import { EditVersionDialog } from "./edit-version-dialog";
import { MetricsTable } from "./metrics-table";
import { ScanBadge, SecurityScan } from "./security-scan";

type Params = PageProps<"/models/[team]/[name]/versions/[version]">;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { team, name, version } = await params;
  return { title: `${team}/${name} v${version}` };
}

const dash = <span className="text-muted-foreground/60">—</span>;

export default async function VersionPage({ params }: Params) {
  const { team, name, version: raw } = await params;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) notFound();
  const ctx = await requirePageContext();
  const [model, v, comments] = await Promise.all([
    orNotFound(loadModel(ctx, team, name)),
    orNotFound(getVersion(ctx, { team, name, version: Number(raw) })),
    orNotFound(listVersionComments(ctx, { team, name, version: Number(raw) })),
  ]);
  const ref = { team: model.teamSlug, name: model.name };
  const canEdit = can(ctx, model.teamId, "model.update");
  const canUpload = can(ctx, model.teamId, "artifact.upload");
  const canRequest = can(ctx, model.teamId, "transition.request");
  const canComment = can(ctx, model.teamId, "comment.create");
  const lineage = v.lineage;
  const waiting = v.artifacts.filter((a) => a.status === "declared" && !a.external);
  const paramRows = Object.entries(v.params).sort(([a], [b]) => a.localeCompare(b));
  const unsafe = v.artifacts.filter((a) => a.scanCategory === "unsafe");

  return (
    <>
      <nav
        aria-label="Breadcrumb"
        className="mb-4 flex flex-wrap items-center gap-1 text-sm text-muted-foreground"
      >
        <Link href="/models" className="hover:text-foreground">
          Models
        </Link>
        <ChevronRight className="size-3.5" />
        <Link href={`/models?team=${encodeURIComponent(ref.team)}`} className="hover:text-foreground">
          {ref.team}
        </Link>
        <ChevronRight className="size-3.5" />
        <Link href={modelHref(ref.team, ref.name)} className="hover:text-foreground">
          {ref.name}
        </Link>
        <ChevronRight className="size-3.5" />
        <span className="text-foreground" aria-current="page">
          v{v.version}
        </span>
      </nav>

      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-2">
          <p className="font-mono text-sm text-muted-foreground">
            <Link href={modelHref(ref.team, ref.name)} className="hover:text-foreground">
              {v.model}
            </Link>
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">Version {v.version}</h1>
            <span className="flex items-center gap-2" data-testid="version-state">
              <StatusBadge status={v.status} />
              <StageBadge stage={v.stage} />
            </span>
          </div>
          {v.aliases.length ? (
            <ul className="flex flex-wrap gap-1.5" aria-label="Version aliases">
              {v.aliases.map((a) => (
                <li key={a.name}>
                  <AliasBadge name={a.name} isProtected={a.protected} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {canRequest && v.status === "ready" && !model.archived ? (
          <RequestTransitionDialog
            size="default"
            version={{ team: ref.team, name: ref.name, version: v.version, stage: v.stage }}
          />
        ) : null}
      </header>

      {v.status === "pending" ? (
        <div
          role="status"
          className="mb-6 flex items-start gap-3 rounded-lg border border-warning/50 bg-warning/15 px-4 py-3 text-sm"
        >
          <Hourglass className="mt-0.5 size-4 shrink-0" />
          <span>
            <strong className="font-semibold">
              Waiting for {waiting.length === 1 ? "1 artifact" : `${waiting.length} artifacts`}.
            </strong>{" "}
            The version becomes ready, and can be aliased or promoted, once every declared file has arrived
            and matched its size and checksum.
          </span>
        </div>
      ) : null}
      {v.status === "failed" ? (
        <div
          role="alert"
          data-testid="failure-reason"
          className="mb-6 flex items-start gap-3 rounded-lg border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm text-destructive"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0" />
          <span>
            <strong className="font-semibold">This version failed and will not become ready.</strong>{" "}
            {v.failureReason ?? ""}
          </span>
        </div>
      ) : null}
      {v.status !== "failed" && unsafe.length ? (
        <div
          role="alert"
          data-testid="quarantine-notice"
          className="mb-6 flex items-start gap-3 rounded-lg border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm text-destructive"
        >
          <ShieldAlert className="mt-0.5 size-4 shrink-0" />
          <span>
            <strong className="font-semibold">Quarantined.</strong> The security scan found{" "}
            {unsafe.map((a) => a.path).join(", ")} unsafe: loading {unsafe.length === 1 ? "it" : "them"} may
            run code. Downloads need an explicit acknowledgement, and the "security scan clean" gate keeps
            this version out of production.
          </span>
        </div>
      ) : null}

      <dl className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Created by">{v.createdByName ?? "—"}</Stat>
        <Stat label="Created">
          <span title={isoUtc(v.createdAt)}>{formatDateTime(v.createdAt)}</span>
        </Stat>
        <Stat label="Ready">
          {v.readyAt ? (
            <span title={isoUtc(v.readyAt)}>{formatDateTime(v.readyAt)}</span>
          ) : (
            <span className="text-muted-foreground">not yet</span>
          )}
        </Stat>
        <Stat label="Artifacts">
          {v.artifacts.length - waiting.length} of {v.artifacts.length} verified
        </Stat>
      </dl>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Section
          title="About this version"
          className="lg:col-span-2"
          actions={
            canEdit ? (
              <EditVersionDialog
                version={{
                  team: ref.team,
                  name: ref.name,
                  version: v.version,
                  revision: v.revision,
                  description: v.description,
                  tags: v.tags,
                }}
              />
            ) : null
          }
        >
          <div className="space-y-3 px-4 py-4">
            {v.description ? (
              <p className="whitespace-pre-line text-sm">{v.description}</p>
            ) : (
              <p className="text-sm italic text-muted-foreground/70">No description.</p>
            )}
            <TagChips tags={v.tags} empty={<p className="text-xs text-muted-foreground">No tags.</p>} />
          </div>
        </Section>

        <Section title="Lineage" description="Where this version came from.">
          <dl className="divide-y text-sm">
            <Row label="Run">
              {lineage.runUrl ? (
                <a
                  href={lineage.runUrl}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  className="inline-flex items-center gap-1 font-mono text-xs text-primary hover:underline"
                >
                  {lineage.runId ?? "open run"} <ExternalLink className="size-3" />
                </a>
              ) : lineage.runId ? (
                <span className="font-mono text-xs">{lineage.runId}</span>
              ) : (
                dash
              )}
            </Row>
            <Row label="Source">
              {lineage.sourceUri ? (
                <span className="break-all font-mono text-xs">{lineage.sourceUri}</span>
              ) : (
                dash
              )}
            </Row>
            <Row label="Git commit">
              {lineage.gitCommit ? (
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs" title={lineage.gitCommit}>
                  {lineage.gitCommit.slice(0, 12)}
                </code>
              ) : (
                dash
              )}
            </Row>
            <Row label="Dataset">
              {lineage.datasetName || lineage.datasetVersion ? (
                <span className="font-mono text-xs">
                  {lineage.datasetName ?? "?"}
                  {lineage.datasetVersion ? (
                    <span className="text-muted-foreground">@{lineage.datasetVersion}</span>
                  ) : null}
                </span>
              ) : (
                dash
              )}
            </Row>
            <Row label="Dataset digest">
              {lineage.datasetDigest ? (
                <span className="font-mono text-xs" title={lineage.datasetDigest}>
                  {shortSha(lineage.datasetDigest, 16)}…
                </span>
              ) : (
                dash
              )}
            </Row>
            <Row label="Framework">
              {lineage.framework ? (
                <span>
                  {lineage.framework}{" "}
                  {lineage.frameworkVersion ? (
                    <span className="font-mono text-xs text-muted-foreground">
                      {lineage.frameworkVersion}
                    </span>
                  ) : null}
                </span>
              ) : (
                dash
              )}
            </Row>
            <Row label="Dependencies">
              {lineage.dependencies?.length ? (
                <ul className="flex flex-wrap justify-end gap-1" aria-label="Dependencies">
                  {lineage.dependencies.map((d) => (
                    <li key={d} className="rounded border bg-muted/60 px-1.5 py-0.5 font-mono text-[11px]">
                      {d}
                    </li>
                  ))}
                </ul>
              ) : (
                dash
              )}
            </Row>
          </dl>
        </Section>

        <Section title="Params" description="Training hyperparameters.">
          {paramRows.length ? (
            <table className="w-full text-sm" aria-label="Params">
              <thead className="border-b bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">
                    Param
                  </th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">
                    Value
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {paramRows.map(([k, val]) => (
                  <tr key={k} className="hover:bg-muted/40">
                    <td className="px-4 py-2 font-mono text-xs">{k}</td>
                    <td className="break-all px-4 py-2 text-right font-mono text-xs">{val}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="px-4 py-8 text-center text-sm text-muted-foreground">No params were recorded.</p>
          )}
        </Section>

        <section aria-label="Metrics" className="lg:col-span-2">
          <MetricsTable
            rows={v.metrics.map((m) => ({
              id: m.id,
              key: m.key,
              value: m.value,
              dataset: m.dataset,
              slice: m.slice,
              step: m.step,
            }))}
          />
        </section>

        <Section
          title="Artifacts"
          className="lg:col-span-2"
          description={
            waiting.length && canUpload
              ? "Upload the missing files here, or with the CLI from where they were produced."
              : "Uploaded files are verified against their size and SHA-256; external ones are registered by reference."
          }
        >
          {v.artifacts.length ? (
            <div className="overflow-x-auto">
              <table className="w-full text-sm" aria-label="Artifacts">
                <thead className="border-b bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
                  <tr>
                    <th scope="col" className="px-4 py-2.5 font-medium">
                      Path
                    </th>
                    <th scope="col" className="px-4 py-2.5 text-right font-medium">
                      Size
                    </th>
                    <th scope="col" className="px-4 py-2.5 font-medium">
                      SHA-256
                    </th>
                    <th scope="col" className="px-4 py-2.5 font-medium">
                      Status
                    </th>
                    <th scope="col" className="px-4 py-2.5 font-medium">
                      Scan
                    </th>
                    <th scope="col" className="px-4 py-2.5 text-right font-medium">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y">
                  {v.artifacts.map((a) => (
                    <tr key={a.id} className="hover:bg-muted/40">
                      <td className="px-4 py-2.5 font-mono text-xs font-medium">{a.path}</td>
                      <td
                        className="whitespace-nowrap px-4 py-2.5 text-right tabular-nums text-muted-foreground"
                        title={a.size === null ? undefined : `${a.size} bytes`}
                      >
                        {formatBytes(a.size)}
                      </td>
                      <td className="px-4 py-2.5">
                        {a.sha256 ? (
                          <code className="font-mono text-xs text-muted-foreground" title={a.sha256}>
                            {shortSha(a.sha256)}
                          </code>
                        ) : (
                          dash
                        )}
                      </td>
                      <td className="px-4 py-2.5">
                        {a.external ? (
                          <Badge>external</Badge>
                        ) : a.status === "verified" ? (
                          <Badge tone="success">verified</Badge>
                        ) : (
                          <Badge tone="warning">awaiting upload</Badge>
                        )}
                      </td>
                      <td className="px-4 py-2.5">
                        <ScanBadge artifact={a} />
                      </td>
                      <td className="px-4 py-2.5 text-right">
                        {a.external ? (
                          <code
                            className="break-all font-mono text-xs text-muted-foreground"
                            title={a.storageUri ?? undefined}
                          >
                            {a.storageUri}
                          </code>
                        ) : a.status === "verified" && a.scanCategory === "unsafe" ? (
                          <a
                            href={`${artifactUrl(ref.team, ref.name, v.version, a.path)}?acknowledge=unsafe`}
                            download
                            className="inline-flex items-center gap-1.5 rounded-md border border-destructive/50 bg-card px-2.5 py-1 text-xs font-medium text-destructive shadow-sm transition-colors hover:bg-destructive/10"
                            aria-label={`Download ${a.path} anyway (unsafe)`}
                            title="The security scan found this file unsafe: loading it may run code. The download is audited."
                          >
                            <ShieldAlert className="size-3.5" /> Download anyway
                          </a>
                        ) : a.status === "verified" ? (
                          <a
                            href={artifactUrl(ref.team, ref.name, v.version, a.path)}
                            download
                            className="inline-flex items-center gap-1.5 rounded-md border bg-card px-2.5 py-1 text-xs font-medium shadow-sm transition-colors hover:bg-muted"
                            aria-label={`Download ${a.path}`}
                          >
                            <Download className="size-3.5" /> Download
                          </a>
                        ) : canUpload && v.status === "pending" ? (
                          <ArtifactUpload
                            team={ref.team}
                            name={ref.name}
                            version={v.version}
                            path={a.path}
                            declaredSize={a.size}
                          />
                        ) : (
                          <span className="text-xs text-muted-foreground">not uploaded yet</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="px-4 py-8 text-center text-sm text-muted-foreground">No artifacts were declared.</p>
          )}
        </Section>

        {v.artifacts.length ? (
          <Section
            title="Security scan"
            className="lg:col-span-2"
            description="Uploaded files are scanned for unsafe serialization (pickle imports) before the version can be ready."
          >
            <SecurityScan artifacts={v.artifacts} />
          </Section>
        ) : null}

        <Section
          title="Discussion"
          className="lg:col-span-2"
          description="Markdown; visible to everyone who can read this team."
        >
          <CommentThread
            target={{ team: ref.team, name: ref.name, version: v.version }}
            comments={comments}
            canComment={canComment}
          />
        </Section>
      </div>
    </>
  );
}

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card className="px-4 py-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-1 truncate text-sm font-medium">{children}</dd>
    </Card>
  );
}

function Section({
  title,
  description,
  actions,
  className,
  children,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${slug(title)}-heading`}
      className={cn("overflow-hidden rounded-xl border bg-card text-card-foreground shadow-sm", className)}
    >
      <div className="flex items-center gap-3 border-b px-4 py-3">
        <div className="mr-auto min-w-0">
          <h2 id={`${slug(title)}-heading`} className="font-medium">
            {title}
          </h2>
          {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-start justify-between gap-4 px-4 py-2.5">
      <dt className="shrink-0 text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-right">{children}</dd>
    </div>
  );
}
