/**
 * The OpenAPI 3.1 document of /api/v1, built from the same zod schemas the core services
 * validate requests with. Response shapes are declared here (see dto.ts) and checked against real
 * responses by the API tests. No Next.js imports: scripts/write-openapi.ts runs it directly.
 */
import {
  auditActions,
  auditFilterInput,
  createModelInput,
  listVersionsInput,
  logMetricsInput,
  registerVersionInput,
  searchModelsInput,
  setMetricDefinitionInput,
  updateModelInput,
  updateVersionInput,
} from "@modelgate/core";
import { z } from "zod";
import { webhookOperations } from "./openapi-webhooks";

const iso = z.string().describe("ISO-8601 UTC timestamp");

export const modelDto = z.object({
  id: z.string(),
  fullName: z.string().describe("team/name"),
  team: z.string(),
  name: z.string(),
  description: z.string(),
  modelCard: z.string().optional(),
  tags: z.record(z.string(), z.string()),
  archived: z.boolean(),
  latestVersion: z.number().int(),
  primaryMetric: z.string().nullable().describe("The metric that leads comparisons (null: none)"),
  productionVersion: z.number().int().nullable().optional(),
  revision: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
});

const scanVerdictEnum = z
  .enum([
    "dangerous",
    "rejected",
    "unparseable",
    "invalid",
    "unknown",
    "not_scanned",
    "clean",
    "safe_format",
    "no_scan_needed",
  ])
  .describe("The scanner's verdict, worst first: dangerous … no_scan_needed");
const scanCategoryEnum = z
  .enum(["unsafe", "review", "clean"])
  .describe("unsafe: blocked or quarantined by team policy; review: shown, never blocks; clean");

export const scanFindingDto = z.object({
  file: z.string().nullable().describe("The file inside an archive (null: the artifact itself)"),
  callable: z.string().describe("module.name as the unpickler would import it"),
  verdict: z.enum(["dangerous", "unknown", "safe"]),
  opcode: z.string(),
  offset: z.number().int().describe("Byte offset of the opcode in its file"),
  reason: z.string(),
});

export const artifactScanDto = z.object({
  verdict: scanVerdictEnum,
  category: scanCategoryEnum,
  summary: z.string(),
  format: z.string(),
  findings: z
    .array(scanFindingDto)
    .describe("Imported callables, dangerous and unknown first (safe ones too); capped by the scanner"),
  findingsTruncated: z.boolean(),
  limitsHit: z.array(z.object({ limit: z.string(), file: z.string().nullable(), reason: z.string() })),
  scanner: z.string(),
  scannerVersion: z.string(),
  scannedAt: iso,
});

export const artifactDto = z.object({
  path: z.string(),
  status: z.enum(["declared", "verified"]),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  contentType: z.string(),
  uri: z.string().nullable().describe("Download path in this API, or the external URI"),
  external: z.boolean(),
  scan: artifactScanDto
    .nullable()
    .describe("The security scan of the uploaded bytes; null: not scanned (not uploaded yet, or external)"),
});

export const versionDto = z.object({
  id: z.string(),
  model: z.string(),
  version: z.number().int(),
  status: z.enum(["pending", "ready", "failed"]),
  stage: z.enum(["none", "staging", "production", "archived"]),
  description: z.string(),
  tags: z.record(z.string(), z.string()),
  params: z.record(z.string(), z.string()),
  lineage: z.record(z.string(), z.unknown()),
  revision: z.number().int(),
  createdAt: iso,
  readyAt: iso.nullable(),
  failureReason: z
    .string()
    .nullable()
    .optional()
    .describe("Why a failed version failed (e.g. blocked by the security scan)"),
  createdBy: z.string().nullable().optional(),
  aliases: z.array(z.string()).optional(),
  metrics: z
    .union([
      z.record(z.string(), z.number()),
      z.array(
        z.object({
          key: z.string(),
          value: z.number(),
          step: z.number().int().nullable(),
          dataset: z.string().nullable(),
          slice: z.string().nullable(),
        }),
      ),
    ])
    .optional(),
  pendingArtifacts: z.array(z.string()).optional(),
  artifacts: z.array(artifactDto).optional(),
});

export const resolveDto = z.object({
  ref: z.string(),
  model: z.string(),
  version: z.number().int(),
  status: z.enum(["pending", "ready", "failed"]),
  stage: z.enum(["none", "staging", "production", "archived"]),
  artifacts: z.array(
    z.object({
      path: z.string(),
      size: z.number().int().nullable(),
      sha256: z.string().nullable(),
      uri: z.string().nullable(),
      external: z.boolean(),
    }),
  ),
});

export const uploadDto = z.object({
  path: z.string(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  versionStatus: z.enum(["pending", "ready", "failed"]),
  alreadyUploaded: z.boolean(),
  failureReason: z
    .string()
    .nullable()
    .describe("Set when this upload failed the version (blocked by the scan)"),
  scan: artifactScanDto.nullable(),
});

export const aliasDto = z.object({
  name: z.string(),
  protected: z.boolean(),
  version: z.number().int().nullable(),
  updatedAt: iso,
});
export const setAliasDto = z.object({ alias: z.string(), version: z.number().int(), changed: z.boolean() });
export const healthDto = z.object({
  status: z.enum(["ok", "degraded"]),
  db: z.enum(["pglite", "postgres"]),
  migrations: z.enum(["up-to-date", "pending"]),
  artifactStore: z
    .object({
      kind: z.enum(["local", "s3"]),
      status: z.enum(["ok", "unavailable"]),
      message: z.string().optional().describe("Why the store is unavailable"),
    })
    .optional(),
});
export const meDto = z.object({
  type: z.enum(["user", "token"]),
  userId: z.string(),
  name: z.string(),
  email: z.string().optional(),
  orgRole: z.string().optional(),
  teamRoles: z.record(z.string(), z.enum(["viewer", "contributor", "reviewer", "maintainer"])),
  teams: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      role: z.enum(["viewer", "contributor", "reviewer", "maintainer"]),
    }),
  ),
});
const stageEnum = z.enum(["none", "staging", "production", "archived"]);

const directionEnum = z.enum(["higher", "lower"]);
export const metricDefinitionDto = z.object({
  key: z.string(),
  displayName: z.string(),
  unit: z.string(),
  direction: directionEnum.describe("Which way is better"),
  defined: z.boolean().describe("false: nobody defined this key; higher-is-better is assumed"),
});
const metricComparisonDto = metricDefinitionDto.extend({
  baseline: z.number().nullable(),
  candidate: z.number().nullable(),
  delta: z.number().nullable().describe("candidate − baseline; null when either is missing"),
  relativeDelta: z
    .number()
    .nullable()
    .describe("delta as % of |baseline|; null when missing or baseline is 0"),
  improvement: z.number().nullable().describe("delta signed by direction: positive = candidate better"),
  relativeImprovement: z.number().nullable(),
  winner: z.enum(["baseline", "candidate", "tie"]).nullable().describe("null when a value is missing"),
  missing: z.enum(["baseline", "candidate", "both"]).nullable(),
});
const comparedVersionDto = z.object({
  id: z.string(),
  version: z.number().int(),
  stage: stageEnum,
  status: z.enum(["pending", "ready", "failed"]),
  aliases: z.array(z.string()),
  createdAt: iso,
});
const fieldDiffDto = z.object({
  key: z.string(),
  baseline: z.unknown(),
  candidate: z.unknown(),
  change: z.enum(["added", "removed", "changed", "same"]),
});
export const comparisonDto = z.object({
  model: z.string(),
  primaryMetric: z.string().nullable(),
  baseline: comparedVersionDto,
  candidate: comparedVersionDto,
  basis: z.string().describe('How the versions were chosen, e.g. "champion vs challenger"'),
  metrics: z.array(metricComparisonDto).describe("Offline metrics; defined metrics first, then by key"),
  summary: z.object({
    primary: metricComparisonDto.nullable(),
    wins: z.number().int().describe("Metrics where the candidate is better"),
    losses: z.number().int(),
    ties: z.number().int(),
    missing: z.number().int(),
  }),
  params: z.array(fieldDiffDto),
  tags: z.array(fieldDiffDto),
  lineage: z.array(fieldDiffDto),
  comparedAt: iso,
});
export const onlineSeriesDto = z.object({
  model: z.string(),
  key: z.string(),
  definition: metricDefinitionDto,
  from: iso,
  to: iso,
  bucketMs: z.number().int().describe("Width of each time bucket"),
  series: z.array(
    z.object({
      version: z.number().int(),
      points: z
        .array(
          z.object({
            t: iso.describe("Bucket start"),
            avg: z.number(),
            min: z.number(),
            max: z.number(),
            n: z.number().int().describe("Raw points in the bucket"),
          }),
        )
        .describe("At most maxPoints buckets"),
    }),
  ),
});
export const metricAcrossVersionsDto = z.object({
  key: z.string(),
  definition: metricDefinitionDto,
  points: z.array(z.object({ version: z.number().int(), stage: stageEnum, value: z.number() })),
});
export const teamMetricDefinitionDto = z.object({
  key: z.string(),
  displayName: z.string(),
  unit: z.string(),
  direction: directionEnum,
  description: z.string(),
  updatedAt: iso,
});
export const requestDto = z.object({
  id: z.string(),
  model: z.string(),
  version: z.number().int(),
  kind: z.enum(["stage", "alias", "rollback"]),
  fromStage: stageEnum,
  toStage: stageEnum.nullable(),
  alias: z.string().nullable(),
  status: z.enum(["pending", "applied", "rejected", "cancelled", "expired", "superseded"]),
  statusReason: z.string().nullable(),
  reason: z.string(),
  requestedBy: z.string(),
  gates: z
    .array(z.object({ label: z.string(), passed: z.boolean(), actual: z.string(), required: z.string() }))
    .describe("As of the last evaluation (live for pending requests)"),
  gatesAtRequest: z
    .array(z.object({ label: z.string(), passed: z.boolean(), actual: z.string(), required: z.string() }))
    .describe("Exactly as they were when the request was made"),
  comparisonAtRequest: comparisonDto
    .nullable()
    .describe("Champion vs this version as the reviewers saw it when requested (null: no champion)"),
  comparisonNow: comparisonDto
    .nullable()
    .optional()
    .describe("GET only: the same comparison now, for pending requests (else null)"),
  comparisonChanged: z
    .boolean()
    .optional()
    .describe("GET only: whether the live comparison differs from the snapshot"),
  createdAt: iso,
  expiresAt: iso,
  decisions: z
    .array(
      z.object({
        reviewer: z.string(),
        decision: z.enum(["approve", "reject"]),
        meaning: z.string(),
        reason: z.string().nullable(),
        versionContentHash: z.string(),
        signedAt: iso,
      }),
    )
    .optional(),
});
export const requestListItemDto = z.object({
  id: z.string(),
  model: z.string(),
  team: z.string(),
  version: z.number().int(),
  kind: z.enum(["stage", "alias", "rollback"]),
  fromStage: stageEnum,
  toStage: stageEnum.nullable(),
  alias: z.string().nullable(),
  reason: z.string(),
  requestedBy: z.string(),
  status: z.enum(["pending", "applied", "rejected", "cancelled", "expired", "superseded"]),
  approvals: z.number().int(),
  requiredApprovals: z.number().int(),
  gatesPassing: z.number().int(),
  gatesTotal: z.number().int(),
  createdAt: iso,
  expiresAt: iso,
});
const transitionBody = z.object({
  toStage: z.enum(["staging", "production", "archived"]).optional(),
  alias: z.string().optional().describe("A protected alias to move to this version"),
  rollback: z.boolean().optional().describe("Bring this earlier production version back"),
  archivePrevious: z
    .boolean()
    .optional()
    .describe("Production: archive the previous version (default) or keep it in staging"),
  reason: z.string().min(1).max(2000),
});

const actorTypeEnum = z.enum(["user", "token", "system", "anonymous"]);
export const auditEventDto = z.object({
  seq: z.number().int().describe("Position in the hash chain, gapless from 1"),
  at: iso,
  actorType: actorTypeEnum,
  actorUserId: z.string().nullable(),
  actorTokenId: z.string().nullable().describe("Set when the actor used an API token"),
  actorName: z.string(),
  action: z.string().describe(`entity.verb, one of: ${auditActions.join(", ")}`),
  entityType: z.string(),
  entityId: z.string().nullable(),
  teamId: z.string().nullable(),
  modelId: z.string().nullable(),
  before: z.unknown().describe("The changed fields' old values (null when none)"),
  after: z.unknown().describe("The new values or what was recorded (null when none)"),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  prevHash: z.string().nullable(),
  hash: z.string().nullable().describe("SHA-256 over the canonical event and prevHash"),
});
export const auditCheckpointDto = z.object({
  seq: z.number().int(),
  hash: z.string(),
  at: iso,
  keyId: z.string(),
  signature: z
    .string()
    .describe("Ed25519 over modelgate.audit-checkpoint.v1\\n<seq>\\n<hash>\\n<at>, base64"),
});
const chainBreak = z.object({ seq: z.number().int(), reason: z.string() }).nullable();
export const chainVerificationDto = z.object({
  ok: z.boolean(),
  verifiedThrough: z.number().int(),
  headSeq: z.number().int(),
  headHash: z.string(),
  events: z.number().int(),
  unchained: z.number().int(),
  checkpoints: z.object({
    verified: z.number().int(),
    otherKey: z.number().int(),
    lastSeq: z.number().int().nullable(),
    lastAt: iso.nullable(),
  }),
  firstBreak: chainBreak,
  verifiedAt: iso,
  durationMs: z.number(),
});
export const auditVerificationDto = z
  .object({
    seq: z.number().int().describe("The audit.verified event that recorded it"),
    at: iso,
    by: z.string(),
    ok: z.boolean(),
    verifiedThrough: z.number().int(),
    firstBreak: chainBreak,
  })
  .nullable();
export const auditPublicKeyDto = z.object({
  keyId: z.string(),
  publicKeyPem: z.string(),
  algorithm: z.literal("Ed25519"),
});
/** The audit filters as query parameters: time bounds without a zone are UTC. */
const auditFilterQuery = auditFilterInput.extend({
  from: iso.optional().describe("Events at or after (ISO-8601; no zone = UTC)"),
  to: iso.optional().describe("Events at or before (ISO-8601; a bare minute or day is inclusive)"),
});

export const asOfDto = z.object({
  at: iso.describe("The instant asked about"),
  items: z.array(
    z.object({
      model: z.string().describe("team/name"),
      team: z.string(),
      name: z.string(),
      productionVersion: z.number().int().nullable().describe("null: nothing was in production"),
      productionSince: iso.nullable(),
      aliases: z.array(z.object({ alias: z.string(), version: z.number().int() })),
    }),
  ),
});
const timelineSignature = z.object({
  reviewer: z.string(),
  decision: z.enum(["approve", "reject"]),
  meaning: z.string(),
  reason: z.string().nullable(),
  versionContentHash: z.string(),
  signedAt: iso,
});
const timelineCommon = {
  at: iso,
  requestId: z.string().nullable().describe("The transition request behind the change"),
  by: z.string().describe("Who asked for it: the requester, else who made the change"),
  reason: z.string().nullable().describe("The request's reason"),
  signatures: z.array(timelineSignature),
};
export const timelineDto = z.object({
  model: z.string(),
  rollbackCandidate: z.number().int().nullable(),
  items: z.array(
    // A plain union (anyOf): the API tests check every branch's shape.
    z.union([
      z.object({
        kind: z.literal("stage"),
        version: z.number().int(),
        fromStage: stageEnum,
        toStage: stageEnum,
        rollback: z.boolean(),
        ...timelineCommon,
      }),
      z.object({
        kind: z.literal("alias"),
        alias: z.string(),
        fromVersion: z.number().int().nullable(),
        toVersion: z.number().int().nullable().describe("null: the alias was removed"),
        ...timelineCommon,
      }),
    ]),
  ),
});

export const errorDto = z.object({
  error: z.object({
    code: z.string().describe("Stable machine-readable code"),
    message: z.string(),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

type Schema = z.ZodType;
interface Op {
  summary: string;
  tag: string;
  query?: Schema;
  body?: Schema;
  rawBody?: boolean;
  ok: { status: number; schema?: Schema; binary?: boolean; text?: string[] };
  idempotent?: boolean;
  ifMatch?: boolean;
  public?: boolean;
}

const M = "/api/v1/models/{team}/{name}";
const V = `${M}/versions/{version}`;
export type Operations = Record<
  string,
  Partial<Record<"get" | "post" | "put" | "patch" | "delete", Op & { id: string }>>
>;
export const operations: Operations = {
  "/api/health": {
    get: {
      id: "health",
      summary: "Liveness and database status",
      tag: "system",
      ok: { status: 200, schema: healthDto },
      public: true,
    },
  },
  "/api/v1/me": {
    get: {
      id: "me",
      summary: "The caller's identity and team roles",
      tag: "system",
      ok: { status: 200, schema: meDto },
    },
  },
  "/api/v1/models": {
    get: {
      id: "searchModels",
      summary: "Search models",
      tag: "models",
      query: searchModelsInput,
      ok: { status: 200, schema: page(modelDto) },
    },
    post: {
      id: "createModel",
      summary: "Create a model",
      tag: "models",
      body: createModelInput,
      ok: { status: 201, schema: modelDto },
      idempotent: true,
    },
  },
  [M]: {
    get: { id: "getModel", summary: "Get a model", tag: "models", ok: { status: 200, schema: modelDto } },
    patch: {
      id: "updateModel",
      summary: "Edit description, model card, tags, primary metric",
      tag: "models",
      body: updateModelInput,
      ok: { status: 200, schema: modelDto },
      ifMatch: true,
    },
  },
  [`${M}/archive`]: {
    post: {
      id: "archiveModel",
      summary: "Archive or restore a model (maintainers)",
      tag: "models",
      body: z.object({ archived: z.boolean() }),
      ok: { status: 200, schema: modelDto },
    },
  },
  [`${M}/versions`]: {
    get: {
      id: "listVersions",
      summary: "List versions, newest first",
      tag: "versions",
      query: listVersionsInput,
      ok: { status: 200, schema: page(versionDto) },
    },
    post: {
      id: "registerVersion",
      summary: "Register the next version",
      tag: "versions",
      body: registerVersionInput,
      ok: { status: 201, schema: versionDto },
      idempotent: true,
    },
  },
  [V]: {
    get: {
      id: "getVersion",
      summary: "Get a version with artifacts, metrics, aliases",
      tag: "versions",
      ok: { status: 200, schema: versionDto },
    },
    patch: {
      id: "updateVersion",
      summary: "Edit description or tags",
      tag: "versions",
      body: updateVersionInput,
      ok: { status: 200, schema: versionDto },
      ifMatch: true,
    },
  },
  [`${V}/artifacts/{path}`]: {
    put: {
      id: "uploadArtifact",
      summary: "Upload a declared artifact (raw body, streamed)",
      tag: "artifacts",
      rawBody: true,
      ok: { status: 201, schema: uploadDto },
    },
    get: {
      id: "downloadArtifact",
      summary:
        "Download an artifact (streamed; ETag = sha256, If-None-Match → 304; `Range: bytes=…` → 206 with Content-Range, outside the file → 416 range_not_satisfiable; with S3 presigned downloads a clean artifact answers 302). An artifact the security scan found unsafe answers 409 unsafe_artifact unless ?acknowledge=unsafe",
      tag: "artifacts",
      query: z.object({
        acknowledge: z
          .enum(["unsafe"])
          .optional()
          .describe("Download an artifact the security scan found unsafe (audited)"),
      }),
      ok: { status: 200, binary: true },
    },
  },
  [`${V}/metrics`]: {
    post: {
      id: "logMetrics",
      summary: "Append online metric points",
      tag: "metrics",
      body: logMetricsInput,
      ok: { status: 201, schema: z.object({ accepted: z.number().int() }) },
      idempotent: true,
    },
  },
  [`${M}/aliases`]: {
    get: {
      id: "listAliases",
      summary: "List aliases",
      tag: "aliases",
      ok: { status: 200, schema: z.object({ items: z.array(aliasDto) }) },
    },
  },
  [`${M}/aliases/{alias}`]: {
    put: {
      id: "setAlias",
      summary: "Point an unprotected alias at a ready version",
      tag: "aliases",
      body: z.object({ version: z.number().int().min(1) }),
      ok: { status: 200, schema: setAliasDto },
    },
    delete: {
      id: "deleteAlias",
      summary: "Delete an unprotected alias",
      tag: "aliases",
      ok: { status: 200, schema: z.object({ deleted: z.boolean() }) },
    },
  },
  [`${V}/transitions`]: {
    post: {
      id: "requestTransition",
      summary: "Request a stage change, a protected-alias move or a rollback (reviewers decide in the app)",
      tag: "approvals",
      body: transitionBody,
      ok: { status: 201, schema: requestDto },
      idempotent: true,
    },
  },
  "/api/v1/requests": {
    get: {
      id: "listRequests",
      summary: "Transition requests: waiting for me, mine, open, all",
      tag: "approvals",
      query: z.object({
        view: z.enum(["waiting", "mine", "open", "all"]).optional(),
        limit: z.number().int().optional(),
      }),
      ok: { status: 200, schema: z.object({ items: z.array(requestListItemDto) }) },
    },
  },
  "/api/v1/requests/{id}": {
    get: {
      id: "getRequest",
      summary: "A request with its gates and signatures",
      tag: "approvals",
      ok: { status: 200, schema: requestDto },
    },
  },
  "/api/v1/requests/{id}/cancel": {
    post: {
      id: "cancelRequest",
      summary: "Withdraw a pending request (requester or maintainer)",
      tag: "approvals",
      body: z.object({ reason: z.string().max(2000).optional() }),
      ok: { status: 200, schema: z.object({ requestId: z.string(), status: z.literal("cancelled") }) },
    },
  },
  [`${M}/aliases/{alias}/protection`]: {
    put: {
      id: "protectAlias",
      summary: "Protect an alias (moves only through approval) or release it (maintainers)",
      tag: "aliases",
      body: z.object({ protected: z.boolean() }),
      ok: {
        status: 200,
        schema: z.object({ alias: z.string(), protected: z.boolean(), changed: z.boolean() }),
      },
    },
  },
  "/api/v1/audit/events": {
    get: {
      id: "listAuditEvents",
      summary: "The audit trail, newest first (auditors, admins; maintainers: their teams)",
      tag: "audit",
      query: auditFilterQuery.extend({
        before: z.number().int().optional().describe("The previous page's nextBefore"),
        limit: z.number().int().min(1).max(500).optional(),
      }),
      ok: {
        status: 200,
        schema: z.object({ events: z.array(auditEventDto), nextBefore: z.number().int().nullable() }),
      },
    },
  },
  "/api/v1/audit/events/{seq}": {
    get: {
      id: "getAuditEvent",
      summary: "One audit event",
      tag: "audit",
      ok: { status: 200, schema: auditEventDto },
    },
  },
  "/api/v1/audit/export": {
    get: {
      id: "exportAudit",
      summary: "Stream the filtered trail: JSONL with a signed trailer, or CSV with checkpoint lines",
      tag: "audit",
      query: auditFilterQuery.extend({ format: z.enum(["jsonl", "csv"]).optional() }),
      ok: { status: 200, text: ["application/x-ndjson", "text/csv"] },
    },
  },
  "/api/v1/audit/verify": {
    post: {
      id: "verifyAudit",
      summary: "Recompute the hash chain and check every signed checkpoint (auditors, admins)",
      tag: "audit",
      ok: { status: 200, schema: chainVerificationDto },
    },
  },
  "/api/v1/audit/verification": {
    get: {
      id: "latestAuditVerification",
      summary: "The most recent verification, or null",
      tag: "audit",
      ok: { status: 200, schema: auditVerificationDto },
    },
  },
  "/api/v1/audit/checkpoints": {
    get: {
      id: "listAuditCheckpoints",
      summary: "Signed chain heads, newest first (public)",
      tag: "audit",
      query: z.object({
        before: z.number().int().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      }),
      ok: {
        status: 200,
        schema: z.object({ items: z.array(auditCheckpointDto), nextBefore: z.number().int().nullable() }),
      },
      public: true,
    },
  },
  "/api/v1/audit/public-key": {
    get: {
      id: "auditPublicKey",
      summary: "The Ed25519 key that signs checkpoints and exports (public)",
      tag: "audit",
      ok: { status: 200, schema: auditPublicKeyDto },
      public: true,
    },
  },
  "/api/v1/as-of": {
    get: {
      id: "productionAsOf",
      summary: "What was in production at an instant: every readable model's production version and aliases",
      tag: "history",
      query: z.object({ at: iso.optional().describe("ISO-8601 (no zone = UTC); default now") }),
      ok: { status: 200, schema: asOfDto },
    },
  },
  [`${M}/timeline`]: {
    get: {
      id: "modelTimeline",
      summary: "Stage and alias changes, newest first, with who, why and the approving signatures",
      tag: "history",
      ok: { status: 200, schema: timelineDto },
    },
  },
  "/api/v1/inventory.csv": {
    get: {
      id: "modelInventoryCsv",
      summary: "The model inventory (SR 11-7) as CSV: owner, champion, last approval, validation evidence",
      tag: "history",
      ok: { status: 200, text: ["text/csv"] },
    },
  },
  [`${M}/compare`]: {
    get: {
      id: "compareVersions",
      summary: "Compare two versions: metrics with deltas and winners, params, tags and lineage diffs",
      tag: "compare",
      query: z.object({
        baseline: z.string().optional().describe("Version number or alias; default the production champion"),
        candidate: z
          .string()
          .optional()
          .describe("Version number or alias; default the challenger alias, else the newest staging version"),
      }),
      ok: { status: 200, schema: comparisonDto },
    },
  },
  [`${M}/online-metrics`]: {
    get: {
      id: "onlineMetrics",
      summary: "An online metric of up to four versions over time, bucketed server-side",
      tag: "compare",
      query: z.object({
        versions: z.string().describe("Comma-separated version numbers or aliases (1–4), e.g. 3,4"),
        key: z.string().describe("The online metric key"),
        from: iso.optional().describe("Default: the first point (at most 90 days back)"),
        to: iso.optional().describe("Default: just after the last point"),
        maxPoints: z
          .number()
          .int()
          .min(10)
          .max(2000)
          .optional()
          .describe("Buckets per series (default 1000)"),
      }),
      ok: { status: 200, schema: onlineSeriesDto },
    },
  },
  [`${M}/metrics/{key}/versions`]: {
    get: {
      id: "metricAcrossVersions",
      summary: "One offline metric across all versions of a model, with their stages",
      tag: "compare",
      ok: { status: 200, schema: metricAcrossVersionsDto },
    },
  },
  "/api/v1/teams/{team}/metric-definitions": {
    get: {
      id: "listMetricDefinitions",
      summary: "The team's metric definitions (unknown keys are higher-is-better)",
      tag: "compare",
      ok: { status: 200, schema: z.object({ items: z.array(teamMetricDefinitionDto) }) },
    },
  },
  "/api/v1/teams/{team}/metric-definitions/{key}": {
    put: {
      id: "setMetricDefinition",
      summary: "Define a metric: display name, unit, direction (maintainers)",
      tag: "compare",
      body: setMetricDefinitionInput.omit({ team: true, key: true }),
      ok: { status: 200, schema: teamMetricDefinitionDto },
    },
    delete: {
      id: "deleteMetricDefinition",
      summary: "Remove a metric definition (maintainers)",
      tag: "compare",
      ok: { status: 200, schema: z.object({ deleted: z.boolean() }) },
    },
  },
  "/api/v1/resolve": {
    get: {
      id: "resolve",
      summary: "Resolve team/name@alias, team/name/N or team/name@latest",
      tag: "models",
      query: z.object({ ref: z.string() }),
      ok: { status: 200, schema: resolveDto },
    },
  },
  ...webhookOperations,
};

const json = (s: Schema) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });
const out = (s: Schema) => z.toJSONSchema(s, { io: "output", unrepresentable: "any" });

function queryParameters(schema: Schema) {
  const js = json(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => {
    const repeatable = (s as { type?: string }).type === "array";
    return {
      name: repeatable && name === "tags" ? "tag" : name,
      in: "query",
      required: js.required?.includes(name) ?? false,
      schema: repeatable ? { type: "array", items: { type: "string" } } : s,
      ...(repeatable ? { style: "form", explode: true } : {}),
    };
  });
}

const errorResponses = Object.fromEntries(
  [
    ["400", "Invalid input (details.fields names each problem)"],
    ["401", "Not authenticated"],
    ["403", "Authenticated but not allowed"],
    ["404", "Not found — also for other teams' resources"],
    ["409", "Conflict"],
    ["412", "If-Match does not match"],
    ["413", "Body too large"],
    ["415", "Wrong content type"],
    ["422", "Unprocessable (checksum mismatch, Idempotency-Key reused)"],
    ["428", "If-Match required"],
    ["429", "Too many requests"],
  ].map(([code, description]) => [
    code,
    { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  ]),
);

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(operations)) {
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) {
      const parameters: unknown[] = [...params, ...(op.query ? queryParameters(op.query) : [])];
      if (op.idempotent)
        parameters.push({
          name: "Idempotency-Key",
          in: "header",
          required: false,
          schema: { type: "string", maxLength: 255 },
          description: "Retries with the same key and body return the first answer (kept 24 h).",
        });
      if (op.ifMatch)
        parameters.push({
          name: "If-Match",
          in: "header",
          required: true,
          schema: { type: "string" },
          description: "The ETag of the resource as you read it.",
        });
      paths[path][method] = {
        operationId: op.id,
        summary: op.summary,
        tags: [op.tag],
        ...(op.public ? { security: [] } : {}),
        parameters,
        ...(op.body
          ? { requestBody: { required: true, content: { "application/json": { schema: json(op.body) } } } }
          : {}),
        ...(op.rawBody
          ? {
              requestBody: {
                required: true,
                content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
              },
            }
          : {}),
        responses: {
          [op.ok.status]: {
            description: "OK",
            content: op.ok.binary
              ? { "application/octet-stream": { schema: { type: "string", format: "binary" } } }
              : op.ok.text
                ? Object.fromEntries(op.ok.text.map((type) => [type, { schema: { type: "string" } }]))
                : { "application/json": { schema: out(op.ok.schema!) } },
          },
          ...errorResponses,
        },
      };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Modelgate API",
      version: "1",
      description:
        "The governed model registry. Authenticate with `Authorization: Bearer mg_…` (an API token) or a browser session.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "API token (mg_…)" } },
      schemas: { Error: out(errorDto) },
    },
    paths,
  };
}
