import "server-only";
import type {
  CallableVerdict,
  FieldDiff,
  MetricComparison,
  MetricDefinition,
  onlineSeries,
  ProductionAsOfRow,
  TimelineEntry,
  Verdict,
  VerdictCategory,
  VersionComparison,
} from "@modelgate/core";
import type { RequestKind, RequestStatus, Stage, VersionStatus } from "@modelgate/core/constants";
import type { z } from "zod";
import type {
  artifactScanDto,
  asOfDto,
  comparisonDto,
  metricDefinitionDto,
  modelDto,
  onlineSeriesDto,
  requestDto,
  teamMetricDefinitionDto,
  timelineDto,
  versionDto,
} from "./api-schemas";

/**
 * Shapes of API responses, typed by their schemas in api-schemas.ts: kept apart from table rows so
 * internal columns (ids of users, counters) do not leak by accident.
 */
export function toModelDto(m: {
  id: string;
  fullName: string;
  teamSlug: string;
  name: string;
  description: string;
  modelCard?: string;
  tags: Record<string, string>;
  archived: boolean;
  latestVersion: number;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  primaryMetric: string | null;
  productionVersion?: number | null;
}): z.input<typeof modelDto> {
  return {
    id: m.id,
    fullName: m.fullName,
    team: m.teamSlug,
    name: m.name,
    description: m.description,
    ...(m.modelCard !== undefined ? { modelCard: m.modelCard } : {}),
    tags: m.tags,
    archived: m.archived,
    latestVersion: m.latestVersion,
    primaryMetric: m.primaryMetric,
    ...(m.productionVersion !== undefined ? { productionVersion: m.productionVersion } : {}),
    revision: m.revision,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function toVersionDto(
  model: string,
  v: {
    id: string;
    version: number;
    status: VersionStatus;
    stage: Stage;
    description: string;
    tags: Record<string, string>;
    params: Record<string, string>;
    lineage: object;
    revision: number;
    createdAt: Date;
    readyAt: Date | null;
    createdByName?: string | null;
    aliases?: (string | { name: string })[];
    metrics?:
      | Record<string, number>
      | { key: string; value: number; step: number | null; dataset: string | null; slice: string | null }[];
    failureReason?: string | null;
    artifacts?: (ScannedArtifact & {
      path: string;
      status: "declared" | "verified";
      size: number | null;
      sha256: string | null;
      contentType: string;
      external: boolean;
      storageUri: string | null;
    })[];
    pendingArtifacts?: string[];
  },
): z.input<typeof versionDto> {
  const base = `/api/v1/models/${model}/versions/${v.version}/artifacts`;
  return {
    id: v.id,
    model,
    version: v.version,
    status: v.status,
    stage: v.stage,
    description: v.description,
    tags: v.tags,
    params: v.params,
    lineage: { ...v.lineage },
    revision: v.revision,
    createdAt: v.createdAt.toISOString(),
    readyAt: v.readyAt?.toISOString() ?? null,
    ...(v.failureReason !== undefined ? { failureReason: v.failureReason } : {}),
    ...(v.createdByName !== undefined ? { createdBy: v.createdByName } : {}),
    ...(v.aliases ? { aliases: v.aliases.map((a) => (typeof a === "string" ? a : a.name)) } : {}),
    ...(v.metrics
      ? {
          // Pick the public fields: metric rows also carry their id, version id, kind and time.
          metrics: Array.isArray(v.metrics)
            ? v.metrics.map((m) => ({
                key: m.key,
                value: m.value,
                step: m.step,
                dataset: m.dataset,
                slice: m.slice,
              }))
            : v.metrics,
        }
      : {}),
    ...(v.pendingArtifacts ? { pendingArtifacts: v.pendingArtifacts } : {}),
    ...(v.artifacts
      ? {
          artifacts: v.artifacts.map((a) => ({
            path: a.path,
            status: a.status,
            size: a.size,
            sha256: a.sha256,
            contentType: a.contentType,
            uri: a.external ? a.storageUri : `${base}/${a.path.split("/").map(encodeURIComponent).join("/")}`,
            external: a.external,
            scan: toArtifactScanDto(a),
          })),
        }
      : {}),
  };
}

/** The columns of an artifact row the scan lives in. */
export interface ScannedArtifact {
  scanVerdict?: string | null;
  scanCategory?: string | null;
  scanResult?: unknown;
  scannedAt?: Date | null;
}

interface StoredScan {
  scanner?: string;
  scannerVersion?: string;
  format?: string;
  summary?: string;
  findings?: {
    file?: string;
    callable: string;
    verdict: CallableVerdict;
    opcode: string;
    offset: number;
    reason: string;
  }[];
  findingsTruncated?: boolean;
  limitsHit?: { limit: string; file?: string; reason: string }[];
}

/** The security scan of an artifact (null: not scanned — not uploaded yet, or external). */
export function toArtifactScanDto(a: ScannedArtifact): z.input<typeof artifactScanDto> | null {
  if (!a.scanVerdict || !a.scanCategory || !a.scannedAt) return null;
  const r = (a.scanResult ?? {}) as StoredScan;
  return {
    // The columns hold what the scanner wrote: a Verdict and its category.
    verdict: a.scanVerdict as Verdict,
    category: a.scanCategory as VerdictCategory,
    summary: r.summary ?? "",
    format: r.format ?? "unknown",
    findings: (r.findings ?? []).map((f) => ({
      file: f.file ?? null,
      callable: f.callable,
      verdict: f.verdict,
      opcode: f.opcode,
      offset: f.offset,
      reason: f.reason,
    })),
    findingsTruncated: r.findingsTruncated ?? false,
    limitsHit: (r.limitsHit ?? []).map((l) => ({ limit: l.limit, file: l.file ?? null, reason: l.reason })),
    scanner: r.scanner ?? "",
    scannerVersion: r.scannerVersion ?? "",
    scannedAt: a.scannedAt.toISOString(),
  };
}

/** A transition request as the API shows it. */
export function toRequestDto(r: {
  id: string;
  model: string;
  versionNumber: number;
  kind: RequestKind;
  fromStage: Stage;
  toStage: Stage | null;
  alias: string | null;
  status: RequestStatus;
  statusReason?: string | null;
  reason: string;
  requestedByName: string;
  gateResults: unknown;
  gateResultsAtRequest?: unknown;
  comparisonAtRequest?: unknown;
  comparisonNow?: VersionComparison | null;
  comparisonChanged?: boolean;
  createdAt: Date;
  expiresAt: Date;
}): z.input<typeof requestDto> {
  const gates = (list: unknown) =>
    ((list ?? []) as { label: string; passed: boolean; actual: string; required: string }[]).map((g) => ({
      label: g.label,
      passed: g.passed,
      actual: g.actual,
      required: g.required,
    }));
  return {
    id: r.id,
    model: r.model,
    version: r.versionNumber,
    kind: r.kind,
    fromStage: r.fromStage,
    toStage: r.toStage,
    alias: r.alias,
    status: r.status,
    statusReason: r.statusReason ?? null,
    reason: r.reason,
    requestedBy: r.requestedByName,
    gates: gates(r.gateResults),
    gatesAtRequest: gates(r.gateResultsAtRequest ?? r.gateResults),
    comparisonAtRequest: r.comparisonAtRequest
      ? toComparisonDto(r.comparisonAtRequest as VersionComparison)
      : null,
    // Only a read of one request computes the live comparison.
    ...(r.comparisonChanged !== undefined
      ? {
          comparisonNow: r.comparisonNow ? toComparisonDto(r.comparisonNow) : null,
          comparisonChanged: r.comparisonChanged,
        }
      : {}),
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  };
}

/** A date from a live comparison, or the string it became in a stored snapshot. */
const isoOf = (d: Date | string) => (typeof d === "string" ? new Date(d) : d).toISOString();

export function toMetricDefinitionDto(d: MetricDefinition): z.input<typeof metricDefinitionDto> {
  return { key: d.key, displayName: d.displayName, unit: d.unit, direction: d.direction, defined: d.defined };
}

function toMetricComparisonDto(m: MetricComparison) {
  return {
    ...toMetricDefinitionDto(m),
    baseline: m.baseline,
    candidate: m.candidate,
    delta: m.delta,
    relativeDelta: m.relativeDelta,
    improvement: m.improvement,
    relativeImprovement: m.relativeImprovement,
    winner: m.winner,
    missing: m.missing,
  };
}

const toFieldDiffDto = (d: FieldDiff) => ({
  key: d.key,
  baseline: d.baseline ?? null,
  candidate: d.candidate ?? null,
  change: d.change,
});

/** Champion/challenger (or any two versions) side by side; also the shape of request snapshots. */
export function toComparisonDto(c: VersionComparison): z.input<typeof comparisonDto> {
  const side = (v: VersionComparison["baseline"]) => ({
    id: v.id,
    version: v.version,
    stage: v.stage,
    status: v.status,
    aliases: v.aliases,
    createdAt: isoOf(v.createdAt),
  });
  return {
    model: c.model,
    primaryMetric: c.primaryMetric,
    baseline: side(c.baseline),
    candidate: side(c.candidate),
    basis: c.basis,
    metrics: c.metrics.map(toMetricComparisonDto),
    summary: {
      primary: c.summary.primary ? toMetricComparisonDto(c.summary.primary) : null,
      wins: c.summary.wins,
      losses: c.summary.losses,
      ties: c.summary.ties,
      missing: c.summary.missing,
    },
    params: c.params.map(toFieldDiffDto),
    tags: c.tags.map(toFieldDiffDto),
    lineage: c.lineage.map(toFieldDiffDto),
    comparedAt: c.comparedAt,
  };
}

/** A team's metric definition (GET/PUT …/metric-definitions). */
export function toTeamMetricDefinitionDto(d: {
  key: string;
  displayName: string;
  unit: string;
  direction: "higher" | "lower";
  description: string;
  updatedAt: Date;
}): z.input<typeof teamMetricDefinitionDto> {
  return {
    key: d.key,
    displayName: d.displayName,
    unit: d.unit,
    direction: d.direction,
    description: d.description,
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** One model's production version and aliases at an instant (GET /api/v1/as-of). */
export function toAsOfDto(r: ProductionAsOfRow): z.input<typeof asOfDto>["items"][number] {
  return {
    model: r.fullName,
    team: r.team,
    name: r.name,
    productionVersion: r.productionVersion,
    productionSince: r.productionSince?.toISOString() ?? null,
    aliases: r.aliases,
  };
}

/** A stage or alias change with who, why and the signatures (GET …/timeline). */
export function toTimelineEntryDto(e: TimelineEntry): z.input<typeof timelineDto>["items"][number] {
  const common = {
    at: e.at.toISOString(),
    requestId: e.requestId,
    by: e.by,
    reason: e.reason,
    signatures: e.signatures.map((s) => ({
      reviewer: s.reviewerName,
      decision: s.decision,
      meaning: s.meaning,
      reason: s.reason,
      versionContentHash: s.versionContentHash,
      signedAt: s.signedAt.toISOString(),
    })),
  };
  return e.kind === "stage"
    ? {
        kind: e.kind,
        version: e.version,
        fromStage: e.fromStage,
        toStage: e.toStage,
        rollback: e.rollback,
        ...common,
      }
    : { kind: e.kind, alias: e.alias, fromVersion: e.fromVersion, toVersion: e.toVersion, ...common };
}

/** An online metric's bucketed series (GET …/online-metrics). */
export function toOnlineSeriesDto(
  s: Awaited<ReturnType<typeof onlineSeries>>,
): z.input<typeof onlineSeriesDto> {
  return { ...s, definition: toMetricDefinitionDto(s.definition) };
}
