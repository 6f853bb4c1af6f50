import {
  compareVersions,
  getModel,
  isDomainError,
  listAliases,
  listVersions,
  onlineMetricKeys,
  onlineSeries,
  type VersionComparison,
} from "@modelgate/core";
import { ChevronRight, CircleAlert, Star } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { DeltaTable, UndefinedMetricBadge } from "@/components/compare/delta-table";
import { FieldDiffCard } from "@/components/compare/field-diffs";
import {
  directionArrow,
  directionLabel,
  formatDelta,
  formatPercent,
  mainAlias,
  metricTitle,
  outcome,
  outcomeText,
  versionLabel,
  winnerSentence,
  withUnit,
} from "@/components/compare/format";
import { OfflineBars } from "@/components/compare/offline-bars";
import { OnlineChart } from "@/components/compare/online-chart";
import { ParamSelect } from "@/components/compare/param-select";
import { AliasBadge, StageBadge } from "@/components/registry/badges";
import { modelHref, versionHref } from "@/components/registry/format";
import { ModelTabs } from "@/components/registry/model-tabs";
import { Badge, Card } from "@/components/ui/card";
import type { SelectOption } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { formatDate, formatDateTime, isoUtc } from "@/lib/format";
import { can, first, orNotFound } from "@/server/page-access";
import { requirePageContext } from "@/server/session";
import { VersionPickers } from "./version-pickers";

export async function generateMetadata({
  params,
}: PageProps<"/models/[team]/[name]/compare">): Promise<Metadata> {
  const { team, name } = await params;
  return { title: `Compare · ${team}/${name}` };
}

const HOUR = 3_600_000;
const RANGES = [
  { id: "24h", label: "24 h", long: "The last 24 hours", ms: 24 * HOUR },
  { id: "7d", label: "7 d", long: "The last 7 days", ms: 7 * 24 * HOUR },
  { id: "14d", label: "14 d", long: "The last 14 days", ms: 14 * 24 * HOUR },
  { id: "all", label: "All", long: "All data (up to 90 days)", ms: null },
] as const;
type RangeId = (typeof RANGES)[number]["id"];

/** A selector from the URL in the pickers' terms: `v3`/`3` → "3", `@champion` → "champion". */
function normalizeSelector(raw: string | undefined): string | undefined {
  const s = raw?.trim().replace(/^@/, "");
  if (!s) return undefined;
  return /^v?\d{1,9}$/i.test(s) ? String(Number(s.replace(/^v/i, ""))) : s;
}

/** The online metric to show first: the one asked for, the primary metric's online twin, or the first. */
function defaultOnlineKey(keys: string[], primary: string | null): string | undefined {
  if (primary) {
    for (const k of [primary, `online_${primary}`, `${primary}_online`]) if (keys.includes(k)) return k;
  }
  return keys[0];
}

function Section({
  title,
  description,
  actions,
  children,
  testId,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Card className="overflow-hidden">
      <section aria-labelledby={id} data-testid={testId}>
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

export default async function ComparePage({
  params,
  searchParams,
}: PageProps<"/models/[team]/[name]/compare">) {
  const { team, name } = await params;
  const sp = await searchParams;
  const ctx = await requirePageContext();
  const model = await orNotFound(getModel(ctx, team, name));
  const ref = { team: model.teamSlug, name: model.name };
  const base = modelHref(ref.team, ref.name);
  const baselineParam = normalizeSelector(first(sp.baseline));
  const candidateParam = normalizeSelector(first(sp.candidate));

  const [aliasList, versions] = await Promise.all([
    listAliases(ctx, ref),
    listVersions(ctx, ref, { limit: 200 }),
  ]);
  let comparison: VersionComparison | null = null;
  let problem: string | null = null;
  try {
    comparison = await compareVersions(ctx, { ...ref, baseline: baselineParam, candidate: candidateParam });
  } catch (e) {
    // Nothing to compare by default (no champion yet) or an unknown selector: say so, keep the pickers.
    if (isDomainError(e) && (e.code === "not_found" || e.code === "validation_failed")) problem = e.message;
    else throw e;
  }

  // Pickers: aliases first (champion, challenger, then by name), then every version, newest first.
  const pointed = aliasList.filter((a) => a.version !== null);
  const aliasOrder = (n: string) => (n === "champion" ? 0 : n === "challenger" ? 1 : 2);
  const options: SelectOption[] = [
    ...[...pointed]
      .sort((a, b) => aliasOrder(a.name) - aliasOrder(b.name) || a.name.localeCompare(b.name))
      .map((a) => ({ value: a.name, label: `${a.name} (v${a.version})`, group: "Aliases" })),
    ...versions.items.map((v) => ({
      value: String(v.version),
      label: `v${v.version} · ${v.stage === "none" ? "no stage" : v.stage}${v.status === "ready" ? "" : ` (${v.status})`}`,
      group: "Versions",
    })),
  ];
  const known = new Set(options.map((o) => o.value));
  /** What a picker shows: the URL's selector, else the alias that named the default, else the number. */
  const selectorOf = (param: string | undefined, v: { version: number } | undefined, preferred: string) => {
    if (param && known.has(param)) return param;
    if (!v) return null;
    if (!param && pointed.some((a) => a.name === preferred && a.version === v.version)) return preferred;
    return String(v.version);
  };
  const baselineSel = selectorOf(baselineParam, comparison?.baseline, "champion");
  const candidateSel = selectorOf(candidateParam, comparison?.candidate, "challenger");

  // Online metrics of the two versions, bucketed by the database.
  const range: (typeof RANGES)[number] = RANGES.find((r) => r.id === first(sp.range)) ?? RANGES[2];
  const keys = comparison
    ? await onlineMetricKeys(ctx, [comparison.baseline.id, comparison.candidate.id])
    : [];
  const requestedKey = first(sp.metric);
  const onlineKey =
    requestedKey && keys.includes(requestedKey) ? requestedKey : defaultOnlineKey(keys, model.primaryMetric);
  const now = Date.now();
  const sides = comparison ? [comparison.baseline, comparison.candidate] : [];
  const onlineVersions = [...new Map(sides.map((v) => [v.version, v])).values()];
  const online =
    comparison && onlineKey
      ? await onlineSeries(ctx, {
          ...ref,
          versions: onlineVersions.map((v) => String(v.version)),
          key: onlineKey,
          // ~150 buckets fill a page-wide chart without drawing noise; the API allows up to 2,000.
          maxPoints: 150,
          ...(range.ms ? { from: new Date(now - range.ms), to: new Date(now) } : {}),
        })
      : null;
  const rangeHref = (id: RangeId) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(sp)) {
      const value = first(v);
      if (k !== "range" && value) q.set(k, value);
    }
    if (id !== "14d") q.set("range", id);
    const s = q.toString();
    return `${base}/compare${s ? `?${s}` : ""}`;
  };
  const canEdit = can(ctx, model.teamId, "model.update");

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
        <Link href={base} className="hover:text-foreground">
          {ref.name}
        </Link>
        <ChevronRight className="size-3.5" />
        <span className="text-foreground" aria-current="page">
          Compare
        </span>
      </nav>

      <header className="mb-4 space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">
          <span className="font-normal text-muted-foreground">
            {ref.team}/{ref.name}
          </span>{" "}
          · Compare versions
        </h1>
        <p className="text-sm text-muted-foreground">
          Champion against challenger by default — or pick any two versions or aliases. Offline evaluation,
          production traffic and what changed between them.
        </p>
      </header>

      <ModelTabs team={ref.team} name={ref.name} current="compare" versionCount={model.latestVersion} />

      <Card className="mb-6 flex flex-wrap items-end justify-between gap-4 px-4 py-4">
        <VersionPickers options={options} baseline={baselineSel} candidate={candidateSel} />
        {comparison ? (
          <p className="text-xs text-muted-foreground" data-testid="compare-basis">
            {comparison.basis} · compared{" "}
            <time dateTime={comparison.comparedAt} title={isoUtc(comparison.comparedAt)}>
              {formatDateTime(comparison.comparedAt)}
            </time>
          </p>
        ) : null}
      </Card>

      {!comparison ? (
        <div
          role="status"
          className="flex items-start gap-3 rounded-lg border border-dashed bg-card px-4 py-6 text-sm"
          data-testid="compare-empty"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <div>
            <p className="font-medium">Nothing to compare yet.</p>
            <p className="mt-1 text-muted-foreground">
              {problem ?? "Choose two versions."}{" "}
              {versions.items.length < 2 ? "This model needs at least two versions." : "Pick them above."}
            </p>
          </div>
        </div>
      ) : (
        <CompareBody
          c={comparison}
          team={ref.team}
          name={ref.name}
          canEdit={canEdit}
          onlineControls={
            keys.length ? (
              <div className="flex flex-wrap items-center gap-2">
                <ParamSelect
                  param="metric"
                  value={onlineKey ?? ""}
                  label="Online metric"
                  options={keys.map((k) => ({ value: k, label: k }))}
                  className="w-48 font-mono"
                />
                <nav aria-label="Time range" className="flex rounded-md border p-0.5 text-xs">
                  {RANGES.map((r) => (
                    <Link
                      key={r.id}
                      href={rangeHref(r.id)}
                      scroll={false}
                      replace
                      aria-current={r.id === range.id ? "true" : undefined}
                      className={cn(
                        "rounded px-2 py-1 font-medium text-muted-foreground transition-colors hover:text-foreground",
                        r.id === range.id && "bg-muted text-foreground",
                      )}
                      title={r.long}
                    >
                      {r.label}
                    </Link>
                  ))}
                </nav>
              </div>
            ) : null
          }
          online={
            online ? (
              <OnlineChart
                series={online.series.map((s) => {
                  const side = onlineVersions.find((v) => v.version === s.version)!;
                  return { version: s.version, label: versionLabel(side), points: s.points };
                })}
                definition={online.definition}
                from={online.from}
                to={online.to}
                bucketMs={online.bucketMs}
                rangeLabel={range.long}
              />
            ) : (
              <p className="px-4 py-8 text-center text-sm text-muted-foreground">
                No online metrics for v{comparison.baseline.version} or v{comparison.candidate.version} yet.
                Production monitoring posts them to{" "}
                <code className="font-mono text-xs">POST …/versions/N/metrics</code>.
              </p>
            )
          }
        />
      )}
    </>
  );
}

function CompareBody({
  c,
  team,
  name,
  canEdit,
  onlineControls,
  online,
}: {
  c: VersionComparison;
  team: string;
  name: string;
  canEdit: boolean;
  onlineControls: ReactNode;
  online: ReactNode;
}) {
  const b = { version: c.baseline.version, label: versionLabel(c.baseline) };
  const k = { version: c.candidate.version, label: versionLabel(c.candidate) };
  const p = c.summary.primary;
  const compared = c.metrics.length;
  return (
    <div className="space-y-6">
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="p-4" data-testid="summary-primary">
          <p className="flex items-center gap-1.5 text-xs font-medium uppercase tracking-wide text-muted-foreground">
            <Star className="size-3.5" aria-hidden /> Primary metric
          </p>
          {!c.primaryMetric ? (
            <div className="mt-2 text-sm text-muted-foreground">
              <p className="font-medium text-foreground">None set</p>
              <p className="mt-1">
                {canEdit ? (
                  <>
                    Choose one on the{" "}
                    <Link href={modelHref(team, name)} className="text-primary hover:underline">
                      model page
                    </Link>{" "}
                    so this summary leads with it.
                  </>
                ) : (
                  "A contributor of the team can choose one on the model page."
                )}
              </p>
            </div>
          ) : !p ? (
            <p className="mt-2 text-sm text-muted-foreground">
              <span className="font-mono text-foreground">{c.primaryMetric}</span> was recorded by neither
              version.
            </p>
          ) : (
            <PrimarySummary m={p} baseline={b} candidate={k} />
          )}
        </Card>
        <Card className="p-4" data-testid="summary-score">
          <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Scoreboard</p>
          <p className="mt-2 text-sm">
            <span className="font-medium">{k.label}</span> against{" "}
            <span className="font-medium">{b.label}</span> on {compared} offline{" "}
            {compared === 1 ? "metric" : "metrics"}
          </p>
          <dl className="mt-3 grid grid-cols-4 gap-2 text-center">
            {(
              [
                ["Better", c.summary.wins, "text-success", "wins"],
                ["Worse", c.summary.losses, "text-destructive", "losses"],
                ["Tied", c.summary.ties, "text-muted-foreground", "ties"],
                ["Missing", c.summary.missing, "text-muted-foreground", "missing"],
              ] as const
            ).map(([label, n, tone, id]) => (
              <div key={label} className="flex flex-col-reverse rounded-lg bg-muted/50 px-2 py-2">
                <dt className="text-[11px] text-muted-foreground">{label}</dt>
                <dd
                  className={cn("text-2xl font-semibold tabular-nums", n ? tone : "text-muted-foreground/60")}
                  data-testid={`score-${id}`}
                >
                  {n}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card className="p-4" data-testid="summary-versions">
          <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Versions</p>
          <dl className="mt-2 space-y-3 text-sm">
            {(
              [
                ["Baseline", c.baseline],
                ["Candidate", c.candidate],
              ] as const
            ).map(([label, v]) => (
              <div key={label} className="flex items-start justify-between gap-3">
                <dt className="pt-0.5 text-muted-foreground">{label}</dt>
                <dd className="flex min-w-0 flex-col items-end gap-1">
                  <span className="flex flex-wrap items-center justify-end gap-1.5">
                    <Link
                      href={versionHref(team, name, v.version)}
                      className="font-semibold hover:text-primary"
                    >
                      v{v.version}
                    </Link>
                    <StageBadge stage={v.stage} />
                    {mainAlias(v.aliases) ? <AliasBadge name={mainAlias(v.aliases)!} /> : null}
                  </span>
                  <span className="text-xs text-muted-foreground" title={isoUtc(v.createdAt)}>
                    registered {formatDate(v.createdAt)}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>

      <Section
        title="Offline metrics"
        testId="offline-metrics"
        description={
          <>
            Evaluation results recorded at registration. Green: {k.label} is better; red: worse — by each
            metric&apos;s direction.
          </>
        }
      >
        <div className="px-2 pt-4 sm:px-4">
          <OfflineBars metrics={c.metrics} baseline={b} candidate={k} />
        </div>
        <div className="mt-4 border-t">
          <DeltaTable
            metrics={c.metrics}
            baseline={b}
            candidate={k}
            baselineHeader={b.label}
            candidateHeader={k.label}
            primaryKey={c.primaryMetric}
            caption={`Offline metrics of ${b.label} and ${k.label}`}
          />
        </div>
      </Section>

      <Section
        title="Online metrics"
        testId="online-metrics"
        description="Production traffic over time, averaged into time buckets by the database."
        actions={onlineControls}
      >
        <div className="px-2 py-4 sm:px-4">{online}</div>
      </Section>

      <section aria-label="What changed" className="grid items-start gap-4 lg:grid-cols-2">
        <FieldDiffCard title="Lineage" rows={c.lineage} baselineHeader={b.label} candidateHeader={k.label} />
        <div className="grid gap-4">
          <FieldDiffCard title="Params" rows={c.params} baselineHeader={b.label} candidateHeader={k.label} />
          <FieldDiffCard title="Tags" rows={c.tags} baselineHeader={b.label} candidateHeader={k.label} />
        </div>
      </section>
    </div>
  );
}

function PrimarySummary({
  m,
  baseline,
  candidate,
}: {
  m: VersionComparison["metrics"][number];
  baseline: { version: number; label: string };
  candidate: { version: number; label: string };
}) {
  const o = outcome(m);
  return (
    <div className="mt-2 space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium" data-testid="primary-metric-name">
          {metricTitle(m)}
        </span>
        <span className="text-xs text-muted-foreground" title={directionLabel(m.direction)}>
          {directionArrow(m.direction)} {directionLabel(m.direction)}
        </span>
        {m.defined ? null : <UndefinedMetricBadge />}
      </p>
      <div className="grid grid-cols-2 gap-2">
        {(
          [
            [baseline, m.baseline, "baseline"],
            [candidate, m.candidate, "candidate"],
          ] as const
        ).map(([side, value, who]) => (
          <div
            key={who}
            className={cn(
              "rounded-lg border px-3 py-2",
              m.winner === who && "border-success/50 bg-success/10",
            )}
          >
            <div className="truncate text-[11px] text-muted-foreground">{side.label}</div>
            <div className="font-mono text-xl font-semibold tabular-nums">{withUnit(value, m.unit)}</div>
          </div>
        ))}
      </div>
      <p className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className={cn("font-mono tabular-nums", outcomeText[o])}>
          Δ {formatDelta(m.delta, m.unit)} ({formatPercent(m.relativeDelta)})
        </span>
        <Badge
          tone={o === "better" ? "success" : o === "worse" ? "danger" : "neutral"}
          data-testid="primary-winner"
          data-winner={m.winner ?? "none"}
        >
          {m.winner === "candidate" || m.winner === "baseline"
            ? `${m.winner === "candidate" ? candidate.label : baseline.label} wins`
            : winnerSentence(m, baseline, candidate)}
        </Badge>
      </p>
    </div>
  );
}
