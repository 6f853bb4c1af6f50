import "server-only";

/**
 * Shapes of API responses: the public contract, kept apart from table rows so internal columns
 * (ids of users, counters) do not leak by accident.
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
  productionVersion?: number | null;
}) {
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
    status: string;
    stage: string;
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
    artifacts?: {
      path: string;
      status: string;
      size: number | null;
      sha256: string | null;
      contentType: string;
      external: boolean;
      storageUri: string | null;
    }[];
    pendingArtifacts?: string[];
  },
) {
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
    lineage: v.lineage,
    revision: v.revision,
    createdAt: v.createdAt.toISOString(),
    readyAt: v.readyAt?.toISOString() ?? null,
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
          })),
        }
      : {}),
  };
}

/** A transition request as the API shows it. */
export function toRequestDto(r: {
  id: string;
  model: string;
  versionNumber: number;
  kind: string;
  fromStage: string;
  toStage: string | null;
  alias: string | null;
  status: string;
  statusReason?: string | null;
  reason: string;
  requestedByName: string;
  gateResults: unknown;
  gateResultsAtRequest?: unknown;
  createdAt: Date;
  expiresAt: Date;
}) {
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
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  };
}
