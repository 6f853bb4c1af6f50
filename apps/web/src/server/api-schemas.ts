/**
 * The answers of the API: every response body as a zod schema. The named ones become component
 * schemas of the OpenAPI document (`.meta({ id })`); dto.ts builds them from core's results, typed
 * by these schemas, and tests check real answers against them. Closed objects: an answer never
 * carries a field the document does not declare. No Next.js imports.
 */
import { allErrorCodes, auditActions, VERDICT_ORDER, webhookEventTypes } from "@modelgate/core";
import { z } from "zod";

const iso = z.string().describe("ISO-8601 UTC timestamp");

export const modelDto = z
  .strictObject({
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
  })
  .meta({ id: "Model" });

const scanVerdictEnum = z
  .enum(VERDICT_ORDER)
  .describe("The scanner's verdict, worst first: dangerous … no_scan_needed");
const scanCategoryEnum = z
  .enum(["unsafe", "review", "clean"])
  .describe("unsafe: blocked or quarantined by team policy; review: shown, never blocks; clean");

export const scanFindingDto = z
  .strictObject({
    file: z.string().nullable().describe("The file inside an archive (null: the artifact itself)"),
    callable: z.string().describe("module.name as the unpickler would import it"),
    verdict: z.enum(["dangerous", "unknown", "safe"]),
    opcode: z.string(),
    offset: z.number().int().describe("Byte offset of the opcode in its file"),
    reason: z.string(),
  })
  .meta({ id: "ScanFinding" });

export const artifactScanDto = z
  .strictObject({
    verdict: scanVerdictEnum,
    category: scanCategoryEnum,
    summary: z.string(),
    format: z.string(),
    findings: z
      .array(scanFindingDto)
      .describe("Imported callables, dangerous and unknown first (safe ones too); capped by the scanner"),
    findingsTruncated: z.boolean(),
    limitsHit: z.array(
      z.strictObject({ limit: z.string(), file: z.string().nullable(), reason: z.string() }),
    ),
    scanner: z.string(),
    scannerVersion: z.string(),
    scannedAt: iso,
  })
  .meta({ id: "ArtifactScan" });

export const artifactDto = z
  .strictObject({
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
  })
  .meta({ id: "Artifact" });

export const versionDto = z
  .strictObject({
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
          z.strictObject({
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
  })
  .meta({ id: "Version" });

export const resolveDto = z
  .strictObject({
    ref: z.string(),
    model: z.string(),
    version: z.number().int(),
    status: z.enum(["pending", "ready", "failed"]),
    stage: z.enum(["none", "staging", "production", "archived"]),
    artifacts: z.array(
      z.strictObject({
        path: z.string(),
        size: z.number().int().nullable(),
        sha256: z.string().nullable(),
        uri: z.string().nullable(),
        external: z.boolean(),
      }),
    ),
  })
  .meta({ id: "ResolvedRef" });

export const uploadDto = z
  .strictObject({
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
  })
  .meta({ id: "Upload" });

export const aliasDto = z
  .strictObject({
    name: z.string(),
    protected: z.boolean(),
    version: z.number().int().nullable(),
    updatedAt: iso,
  })
  .meta({ id: "Alias" });
export const setAliasDto = z
  .strictObject({ alias: z.string(), version: z.number().int(), changed: z.boolean() })
  .meta({ id: "AliasMove" });
export const healthDto = z
  .strictObject({
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
  })
  .meta({ id: "Health" });
export const meDto = z
  .strictObject({
    type: z.enum(["user", "token"]),
    userId: z.string(),
    name: z.string(),
    email: z.string().optional(),
    orgRole: z.string().optional(),
    teamRoles: z.record(z.string(), z.enum(["viewer", "contributor", "reviewer", "maintainer"])),
    teams: z.array(
      z.strictObject({
        slug: z.string(),
        name: z.string(),
        role: z.enum(["viewer", "contributor", "reviewer", "maintainer"]),
      }),
    ),
  })
  .meta({ id: "Me" });
const stageEnum = z.enum(["none", "staging", "production", "archived"]).meta({ id: "Stage" });

const directionEnum = z.enum(["higher", "lower"]);
export const metricDefinitionDto = z
  .strictObject({
    key: z.string(),
    displayName: z.string(),
    unit: z.string(),
    direction: directionEnum.describe("Which way is better"),
    defined: z.boolean().describe("false: nobody defined this key; higher-is-better is assumed"),
  })
  .meta({ id: "MetricDefinition" });
const metricComparisonDto = metricDefinitionDto
  .extend({
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
  })
  .meta({ id: "MetricComparison" });
const comparedVersionDto = z
  .strictObject({
    id: z.string(),
    version: z.number().int(),
    stage: stageEnum,
    status: z.enum(["pending", "ready", "failed"]),
    aliases: z.array(z.string()),
    createdAt: iso,
  })
  .meta({ id: "ComparedVersion" });
const fieldDiffDto = z
  .strictObject({
    key: z.string(),
    baseline: z.unknown(),
    candidate: z.unknown(),
    change: z.enum(["added", "removed", "changed", "same"]),
  })
  .meta({ id: "FieldDiff" });
export const comparisonDto = z
  .strictObject({
    model: z.string(),
    primaryMetric: z.string().nullable(),
    baseline: comparedVersionDto,
    candidate: comparedVersionDto,
    basis: z.string().describe('How the versions were chosen, e.g. "champion vs challenger"'),
    metrics: z.array(metricComparisonDto).describe("Offline metrics; defined metrics first, then by key"),
    summary: z.strictObject({
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
  })
  .meta({ id: "Comparison" });
export const onlineSeriesDto = z
  .strictObject({
    model: z.string(),
    key: z.string(),
    definition: metricDefinitionDto,
    from: iso,
    to: iso,
    bucketMs: z.number().int().describe("Width of each time bucket"),
    series: z.array(
      z.strictObject({
        version: z.number().int(),
        points: z
          .array(
            z.strictObject({
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
  })
  .meta({ id: "OnlineSeries" });
export const metricAcrossVersionsDto = z
  .strictObject({
    key: z.string(),
    definition: metricDefinitionDto,
    points: z.array(z.strictObject({ version: z.number().int(), stage: stageEnum, value: z.number() })),
  })
  .meta({ id: "MetricAcrossVersions" });
export const teamMetricDefinitionDto = z
  .strictObject({
    key: z.string(),
    displayName: z.string(),
    unit: z.string(),
    direction: directionEnum,
    description: z.string(),
    updatedAt: iso,
  })
  .meta({ id: "TeamMetricDefinition" });
/** A reviewer's decision, signed: what they approved or rejected, with the meaning of the signature. */
const signatureDto = z
  .strictObject({
    reviewer: z.string(),
    decision: z.enum(["approve", "reject"]),
    meaning: z.string(),
    reason: z.string().nullable(),
    versionContentHash: z.string(),
    signedAt: iso,
  })
  .meta({ id: "Signature" });
const gateDto = z
  .strictObject({ label: z.string(), passed: z.boolean(), actual: z.string(), required: z.string() })
  .meta({ id: "GateResult" });
export const requestDto = z
  .strictObject({
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
    gates: z.array(gateDto).describe("As of the last evaluation (live for pending requests)"),
    gatesAtRequest: z.array(gateDto).describe("Exactly as they were when the request was made"),
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
    decisions: z.array(signatureDto).optional().describe("The reviewers' decisions (e-signatures)"),
  })
  .meta({ id: "TransitionRequest" });
export const requestListItemDto = z
  .strictObject({
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
  })
  .meta({ id: "TransitionRequestSummary" });
const actorTypeEnum = z.enum(["user", "token", "system", "anonymous"]);
export const auditEventDto = z
  .strictObject({
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
  })
  .meta({ id: "AuditEvent" });
export const auditCheckpointDto = z
  .strictObject({
    seq: z.number().int(),
    hash: z.string(),
    at: iso,
    keyId: z.string(),
    signature: z
      .string()
      .describe("Ed25519 over modelgate.audit-checkpoint.v1\\n<seq>\\n<hash>\\n<at>, base64"),
  })
  .meta({ id: "AuditCheckpoint" });
const chainBreak = z.strictObject({ seq: z.number().int(), reason: z.string() }).nullable();
export const chainVerificationDto = z
  .strictObject({
    ok: z.boolean(),
    verifiedThrough: z.number().int(),
    headSeq: z.number().int(),
    headHash: z.string(),
    events: z.number().int(),
    unchained: z.number().int(),
    checkpoints: z.strictObject({
      verified: z.number().int(),
      otherKey: z.number().int(),
      lastSeq: z.number().int().nullable(),
      lastAt: iso.nullable(),
    }),
    firstBreak: chainBreak,
    verifiedAt: iso,
    durationMs: z.number(),
  })
  .meta({ id: "ChainVerification" });
export const auditVerificationDto = z
  .strictObject({
    seq: z.number().int().describe("The audit.verified event that recorded it"),
    at: iso,
    by: z.string(),
    ok: z.boolean(),
    verifiedThrough: z.number().int(),
    firstBreak: chainBreak,
  })
  .meta({ id: "AuditVerification" })
  .nullable();
export const auditPublicKeyDto = z
  .strictObject({
    keyId: z.string(),
    publicKeyPem: z.string(),
    algorithm: z.literal("Ed25519"),
  })
  .meta({ id: "AuditPublicKey" });
export const asOfDto = z
  .strictObject({
    at: iso.describe("The instant asked about"),
    items: z.array(
      z.strictObject({
        model: z.string().describe("team/name"),
        team: z.string(),
        name: z.string(),
        productionVersion: z.number().int().nullable().describe("null: nothing was in production"),
        productionSince: iso.nullable(),
        aliases: z.array(z.strictObject({ alias: z.string(), version: z.number().int() })),
      }),
    ),
  })
  .meta({ id: "ProductionAsOf" });

const timelineCommon = {
  at: iso,
  requestId: z.string().nullable().describe("The transition request behind the change"),
  by: z.string().describe("Who asked for it: the requester, else who made the change"),
  reason: z.string().nullable().describe("The request's reason"),
  signatures: z.array(signatureDto),
};
export const timelineDto = z
  .strictObject({
    model: z.string(),
    rollbackCandidate: z.number().int().nullable(),
    items: z.array(
      // A plain union (anyOf): the API tests check every branch's shape.
      z.union([
        z.strictObject({
          kind: z.literal("stage"),
          version: z.number().int(),
          fromStage: stageEnum,
          toStage: stageEnum,
          rollback: z.boolean(),
          ...timelineCommon,
        }),
        z.strictObject({
          kind: z.literal("alias"),
          alias: z.string(),
          fromVersion: z.number().int().nullable(),
          toVersion: z.number().int().nullable().describe("null: the alias was removed"),
          ...timelineCommon,
        }),
      ]),
    ),
  })
  .meta({ id: "Timeline" });

export const errorDto = z
  .strictObject({
    error: z.strictObject({
      code: z
        .enum(allErrorCodes)
        .describe("Stable machine-readable code (see each response for the ones it answers)"),
      message: z.string(),
      requestId: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error" });

const eventType = z.enum(webhookEventTypes);

export const webhookDto = z
  .strictObject({
    id: z.string(),
    team: z.string(),
    url: z.string(),
    description: z.string(),
    events: z.array(eventType).describe("The event types delivered"),
    active: z.boolean(),
    disabledReason: z.string().nullable().describe("Why it was turned off automatically (null otherwise)"),
    disabledAt: iso.nullable(),
    consecutiveFailures: z.number().int().describe("Failed attempts in a row (a success resets it)"),
    failingSince: iso.nullable(),
    previousSecretExpiresAt: iso
      .nullable()
      .describe("After a rotation: until when deliveries are also signed with the previous secret"),
    revision: z.number().int(),
    createdAt: iso,
    updatedAt: iso,
    createdBy: z.string().nullable().optional(),
    lastAttemptAt: iso.nullable().optional(),
    lastAttemptOk: z.boolean().nullable().optional(),
    lastStatusCode: z.number().int().nullable().optional(),
    pendingDeliveries: z.number().int().optional(),
  })
  .meta({ id: "Webhook" });

const secretField = z.string().describe("whsec_… — shown only in this answer; store it now");
export const createdWebhookDto = z
  .strictObject({ webhook: webhookDto, secret: secretField })
  .meta({ id: "CreatedWebhook" });
export const rotatedWebhookDto = z
  .strictObject({
    webhook: webhookDto,
    secret: secretField,
    previousSecretExpiresAt: iso.nullable(),
  })
  .meta({ id: "RotatedWebhook" });

const trigger = z.enum(["event", "redeliver", "test"]);
export const deliveryLogDto = z
  .strictObject({
    attempts: z.array(
      z.strictObject({
        id: z.string(),
        deliveryId: z.string(),
        eventId: z.string().describe("Also the webhook-id header"),
        eventType: z.string(),
        trigger,
        attempt: z.number().int().describe("1 for the first attempt of the delivery"),
        at: iso,
        ok: z.boolean(),
        statusCode: z
          .number()
          .int()
          .nullable()
          .describe("null when no answer came (refused, network error, timeout)"),
        latencyMs: z.number().int(),
        responseExcerpt: z.string().nullable().describe("The start of the response body (1000 characters)"),
        error: z.string().nullable(),
      }),
    ),
    pending: z
      .array(
        z.strictObject({
          deliveryId: z.string(),
          eventId: z.string(),
          eventType: z.string(),
          trigger,
          attempts: z.number().int(),
          nextAttemptAt: iso,
          lastError: z.string().nullable(),
        }),
      )
      .describe("Deliveries waiting for their next attempt (first page only)"),
    totalAttempts: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "DeliveryLog" });
export const webhookEventDto = z
  .strictObject({
    id: z.string(),
    type: z.string(),
    createdAt: iso,
    payload: z.record(z.string(), z.unknown()).describe("The exact JSON body delivered"),
  })
  .meta({ id: "WebhookEvent" });
export const queuedDeliveryDto = z
  .strictObject({ deliveryId: z.string(), eventId: z.string() })
  .meta({ id: "QueuedDelivery" });
