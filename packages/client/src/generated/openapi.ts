// Generated from openapi.json by `pnpm gen:api` (openapi-typescript). Do not edit.

export interface paths {
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and database status
     * @description Readiness for load balancers: the database, its migrations and the artifact store. Answers 503 with the same body when degraded (migrations pending, the store unavailable), and 503 `{"status":"down"}` when the database cannot be reached.
     */
    get: operations["health"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/health/live": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers HTTP (no database) */
    get: operations["liveness"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's identity and team roles */
    get: operations["me"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/openapi.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The OpenAPI document (public, like any API reference) */
    get: operations["openApiDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search models */
    get: operations["searchModels"];
    put?: never;
    /** Create a model */
    post: operations["createModel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a model (with its model card); the ETag guards edits */
    get: operations["getModel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit description, model card, tags, primary metric */
    patch: operations["updateModel"];
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/archive": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive or restore a model (maintainers) */
    post: operations["archiveModel"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/versions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List versions, newest first */
    get: operations["listVersions"];
    put?: never;
    /** Register the next version: metadata, params, lineage, metrics, artifacts to upload or by reference */
    post: operations["registerVersion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/versions/{version}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a version with artifacts, metrics, aliases */
    get: operations["getVersion"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit description or tags (the only fields that stay mutable) */
    patch: operations["updateVersion"];
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/versions/{version}/artifacts/{path}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an artifact (streamed; ETag = sha256, If-None-Match → 304; `Range: bytes=…` → 206 with Content-Range, outside the file → 416 range_not_satisfiable; with S3 presigned downloads a clean artifact answers 302). An artifact the security scan found unsafe answers 409 unsafe_artifact unless ?acknowledge=unsafe */
    get: operations["downloadArtifact"];
    /**
     * Upload a declared artifact (raw body, streamed)
     * @description Optional headers: `x-checksum-sha256` (hex; a mismatch answers 422), `Content-Length`, `Content-Type`. 200 when these bytes were already uploaded.
     */
    put: operations["uploadArtifact"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/versions/{version}/metrics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Append online metric points
     * @description Body: `{ "points": [{ "key", "value", "timestamp"? }] }` (at most 10,000 points).
     */
    post: operations["logMetrics"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/versions/{version}/transitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a stage change, a protected-alias move or a rollback (reviewers decide in the app)
     * @description `{ toStage, reason }`, `{ alias, reason }` (a protected alias) or `{ rollback: true, reason }`. Tokens may request; only people decide.
     */
    post: operations["requestTransition"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/aliases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List aliases */
    get: operations["listAliases"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/aliases/{alias}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Point an unprotected alias at a ready version
     * @description Body: `{ "version": 3 }`. A protected alias moves only through an approved transition request.
     */
    put: operations["setAlias"];
    post?: never;
    /** Delete an unprotected alias */
    delete: operations["deleteAlias"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/aliases/{alias}/protection": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Protect an alias (moves only through approval) or release it (maintainers) */
    put: operations["protectAlias"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compare two versions: metrics with deltas and winners, params, tags and lineage diffs */
    get: operations["compareVersions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/online-metrics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An online metric of up to four versions over time, bucketed server-side */
    get: operations["onlineMetrics"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/metrics/{key}/versions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One offline metric across all versions of a model, with their stages */
    get: operations["metricAcrossVersions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/models/{team}/{name}/timeline": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stage and alias changes, newest first, with who, why and the approving signatures */
    get: operations["modelTimeline"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/resolve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Resolve team/name@alias, team/name/N or team/name@latest */
    get: operations["resolve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/as-of": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What was in production at an instant: every readable model's production version and aliases */
    get: operations["productionAsOf"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/inventory.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The model inventory (SR 11-7) as CSV: owner, champion, last approval, validation evidence */
    get: operations["modelInventoryCsv"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/requests": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Transition requests: waiting for me, mine, open, all */
    get: operations["listRequests"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/requests/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A request with its gates and signatures */
    get: operations["getRequest"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/requests/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a pending request (requester or maintainer) */
    post: operations["cancelRequest"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/checkpoints": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signed chain heads, newest first (public) */
    get: operations["listAuditCheckpoints"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, newest first (auditors, admins; maintainers: their teams) */
    get: operations["listAuditEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/events/{seq}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One audit event */
    get: operations["getAuditEvent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stream the filtered trail: JSONL with a signed trailer, or CSV with checkpoint lines */
    get: operations["exportAudit"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/public-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Ed25519 key that signs checkpoints and exports (public)
     * @description JSON, or with `?format=pem` the PEM file itself (for `modelgate audit verify --public-key`).
     */
    get: operations["auditPublicKey"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/verification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The most recent verification, or null */
    get: operations["latestAuditVerification"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/audit/verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recompute the hash chain and check every signed checkpoint (auditors, admins) */
    post: operations["verifyAudit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/metric-definitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The team's metric definitions (unknown keys are higher-is-better) */
    get: operations["listMetricDefinitions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/metric-definitions/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Define a metric: display name, unit, direction (maintainers) */
    put: operations["setMetricDefinition"];
    post?: never;
    /** Remove a metric definition (maintainers) */
    delete: operations["deleteMetricDefinition"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The team's webhooks with their last attempt (maintainers; auditors read) */
    get: operations["listWebhooks"];
    put?: never;
    /** Create a webhook; the answer holds its signing secret, once (maintainers) */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/webhooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook (never its secret) */
    get: operations["getWebhook"];
    put?: never;
    post?: never;
    /** Delete a webhook and its delivery log */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    /** Edit URL, description, events or the active flag (turning it on clears why it was off) */
    patch: operations["updateWebhook"];
    trace?: never;
  };
  "/api/v1/teams/{team}/webhooks/{id}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log: every attempt, newest first, and the deliveries waiting */
    get: operations["listWebhookDeliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/webhooks/{id}/events/{eventId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An event as this webhook got it (the exact payload) */
    get: operations["getWebhookEvent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/webhooks/{id}/redeliver": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send an event again: same id and body, freshly signed */
    post: operations["redeliverWebhookEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/webhooks/{id}/rotate-secret": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** New signing secret (shown once); the previous one also signs for overlapHours (default 24) */
    post: operations["rotateWebhookSecret"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/teams/{team}/webhooks/{id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a webhook.test event for this webhook alone */
    post: operations["sendTestWebhookEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Health: {
      /** @enum {string} */
      status: "ok" | "degraded";
      /** @enum {string} */
      db: "pglite" | "postgres";
      /** @enum {string} */
      migrations: "up-to-date" | "pending";
      artifactStore?: {
        /** @enum {string} */
        kind: "local" | "s3";
        /** @enum {string} */
        status: "ok" | "unavailable";
        /** @description Why the store is unavailable */
        message?: string;
      };
    };
    Error: {
      error: {
        /**
         * @description Stable machine-readable code (see each response for the ones it answers)
         * @enum {string}
         */
        code:
          | "validation_failed"
          | "unauthenticated"
          | "invalid_credentials"
          | "account_disabled"
          | "forbidden"
          | "not_found"
          | "conflict"
          | "already_exists"
          | "invalid_transition"
          | "version_not_ready"
          | "model_archived"
          | "alias_protected"
          | "alias_not_protected"
          | "duplicate_request"
          | "request_decided"
          | "request_expired"
          | "already_decided"
          | "gates_failed"
          | "artifact_state"
          | "last_maintainer"
          | "last_admin"
          | "idempotency_in_flight"
          | "unsafe_artifact"
          | "precondition_failed"
          | "payload_too_large"
          | "unsupported_media_type"
          | "unprocessable"
          | "range_not_satisfiable"
          | "precondition_required"
          | "upload_interrupted"
          | "rate_limited"
          | "setup_required"
          | "internal"
          | "store_unavailable";
        message: string;
        requestId: string;
        details?: {
          [key: string]: unknown;
        };
      };
    };
    Me: {
      /** @enum {string} */
      type: "user" | "token";
      userId: string;
      name: string;
      email?: string;
      orgRole?: string;
      teamRoles: {
        [key: string]: "viewer" | "contributor" | "reviewer" | "maintainer";
      };
      teams: {
        slug: string;
        name: string;
        /** @enum {string} */
        role: "viewer" | "contributor" | "reviewer" | "maintainer";
      }[];
    };
    Model: {
      id: string;
      /** @description team/name */
      fullName: string;
      team: string;
      name: string;
      description: string;
      modelCard?: string;
      tags: {
        [key: string]: string;
      };
      archived: boolean;
      latestVersion: number;
      /** @description The metric that leads comparisons (null: none) */
      primaryMetric: string | null;
      productionVersion?: number | null;
      revision: number;
      /** @description ISO-8601 UTC timestamp */
      createdAt: string;
      /** @description ISO-8601 UTC timestamp */
      updatedAt: string;
    };
    Version: {
      id: string;
      model: string;
      version: number;
      /** @enum {string} */
      status: "pending" | "ready" | "failed";
      /** @enum {string} */
      stage: "none" | "staging" | "production" | "archived";
      description: string;
      tags: {
        [key: string]: string;
      };
      params: {
        [key: string]: string;
      };
      lineage: {
        [key: string]: unknown;
      };
      revision: number;
      /** @description ISO-8601 UTC timestamp */
      createdAt: string;
      readyAt: string | null;
      /** @description Why a failed version failed (e.g. blocked by the security scan) */
      failureReason?: string | null;
      createdBy?: string | null;
      aliases?: string[];
      metrics?:
        | {
            [key: string]: number;
          }
        | {
            key: string;
            value: number;
            step: number | null;
            dataset: string | null;
            slice: string | null;
          }[];
      pendingArtifacts?: string[];
      artifacts?: components["schemas"]["Artifact"][];
    };
    Artifact: {
      path: string;
      /** @enum {string} */
      status: "declared" | "verified";
      size: number | null;
      sha256: string | null;
      contentType: string;
      /** @description Download path in this API, or the external URI */
      uri: string | null;
      external: boolean;
      /** @description The security scan of the uploaded bytes; null: not scanned (not uploaded yet, or external) */
      scan: components["schemas"]["ArtifactScan"] | null;
    };
    ArtifactScan: {
      /**
       * @description The scanner's verdict, worst first: dangerous … no_scan_needed
       * @enum {string}
       */
      verdict:
        | "dangerous"
        | "rejected"
        | "unparseable"
        | "invalid"
        | "unknown"
        | "not_scanned"
        | "clean"
        | "safe_format"
        | "no_scan_needed";
      /**
       * @description unsafe: blocked or quarantined by team policy; review: shown, never blocks; clean
       * @enum {string}
       */
      category: "unsafe" | "review" | "clean";
      summary: string;
      format: string;
      /** @description Imported callables, dangerous and unknown first (safe ones too); capped by the scanner */
      findings: components["schemas"]["ScanFinding"][];
      findingsTruncated: boolean;
      limitsHit: {
        limit: string;
        file: string | null;
        reason: string;
      }[];
      scanner: string;
      scannerVersion: string;
      /** @description ISO-8601 UTC timestamp */
      scannedAt: string;
    };
    ScanFinding: {
      /** @description The file inside an archive (null: the artifact itself) */
      file: string | null;
      /** @description module.name as the unpickler would import it */
      callable: string;
      /** @enum {string} */
      verdict: "dangerous" | "unknown" | "safe";
      opcode: string;
      /** @description Byte offset of the opcode in its file */
      offset: number;
      reason: string;
    };
    Upload: {
      path: string;
      size: number | null;
      sha256: string | null;
      /** @enum {string} */
      versionStatus: "pending" | "ready" | "failed";
      alreadyUploaded: boolean;
      /** @description Set when this upload failed the version (blocked by the scan) */
      failureReason: string | null;
      scan: components["schemas"]["ArtifactScan"] | null;
    };
    TransitionRequest: {
      id: string;
      model: string;
      version: number;
      /** @enum {string} */
      kind: "stage" | "alias" | "rollback";
      fromStage: components["schemas"]["Stage"];
      toStage: components["schemas"]["Stage"] | null;
      alias: string | null;
      /** @enum {string} */
      status: "pending" | "applied" | "rejected" | "cancelled" | "expired" | "superseded";
      statusReason: string | null;
      reason: string;
      requestedBy: string;
      /** @description As of the last evaluation (live for pending requests) */
      gates: components["schemas"]["GateResult"][];
      /** @description Exactly as they were when the request was made */
      gatesAtRequest: components["schemas"]["GateResult"][];
      /** @description Champion vs this version as the reviewers saw it when requested (null: no champion) */
      comparisonAtRequest: components["schemas"]["Comparison"] | null;
      /** @description GET only: the same comparison now, for pending requests (else null) */
      comparisonNow?: components["schemas"]["Comparison"] | null;
      /** @description GET only: whether the live comparison differs from the snapshot */
      comparisonChanged?: boolean;
      /** @description ISO-8601 UTC timestamp */
      createdAt: string;
      /** @description ISO-8601 UTC timestamp */
      expiresAt: string;
      /** @description The reviewers' decisions (e-signatures) */
      decisions?: components["schemas"]["Signature"][];
    };
    /** @enum {string} */
    Stage: "none" | "staging" | "production" | "archived";
    GateResult: {
      label: string;
      passed: boolean;
      actual: string;
      required: string;
    };
    Comparison: {
      model: string;
      primaryMetric: string | null;
      baseline: components["schemas"]["ComparedVersion"];
      candidate: components["schemas"]["ComparedVersion"];
      /** @description How the versions were chosen, e.g. "champion vs challenger" */
      basis: string;
      /** @description Offline metrics; defined metrics first, then by key */
      metrics: components["schemas"]["MetricComparison"][];
      summary: {
        primary: components["schemas"]["MetricComparison"] | null;
        /** @description Metrics where the candidate is better */
        wins: number;
        losses: number;
        ties: number;
        missing: number;
      };
      params: components["schemas"]["FieldDiff"][];
      tags: components["schemas"]["FieldDiff"][];
      lineage: components["schemas"]["FieldDiff"][];
      /** @description ISO-8601 UTC timestamp */
      comparedAt: string;
    };
    ComparedVersion: {
      id: string;
      version: number;
      stage: components["schemas"]["Stage"];
      /** @enum {string} */
      status: "pending" | "ready" | "failed";
      aliases: string[];
      /** @description ISO-8601 UTC timestamp */
      createdAt: string;
    };
    MetricComparison: {
      key: string;
      displayName: string;
      unit: string;
      /**
       * @description Which way is better
       * @enum {string}
       */
      direction: "higher" | "lower";
      /** @description false: nobody defined this key; higher-is-better is assumed */
      defined: boolean;
      baseline: number | null;
      candidate: number | null;
      /** @description candidate − baseline; null when either is missing */
      delta: number | null;
      /** @description delta as % of |baseline|; null when missing or baseline is 0 */
      relativeDelta: number | null;
      /** @description delta signed by direction: positive = candidate better */
      improvement: number | null;
      relativeImprovement: number | null;
      /** @description null when a value is missing */
      winner: ("baseline" | "candidate" | "tie") | null;
      missing: ("baseline" | "candidate" | "both") | null;
    };
    FieldDiff: {
      key: string;
      baseline: unknown;
      candidate: unknown;
      /** @enum {string} */
      change: "added" | "removed" | "changed" | "same";
    };
    Signature: {
      reviewer: string;
      /** @enum {string} */
      decision: "approve" | "reject";
      meaning: string;
      reason: string | null;
      versionContentHash: string;
      /** @description ISO-8601 UTC timestamp */
      signedAt: string;
    };
    Alias: {
      name: string;
      protected: boolean;
      version: number | null;
      /** @description ISO-8601 UTC timestamp */
      updatedAt: string;
    };
    AliasMove: {
      alias: string;
      version: number;
      changed: boolean;
    };
    OnlineSeries: {
      model: string;
      key: string;
      definition: components["schemas"]["MetricDefinition"];
      /** @description ISO-8601 UTC timestamp */
      from: string;
      /** @description ISO-8601 UTC timestamp */
      to: string;
      /** @description Width of each time bucket */
      bucketMs: number;
      series: {
        version: number;
        /** @description At most maxPoints buckets */
        points: {
          /** @description Bucket start */
          t: string;
          avg: number;
          min: number;
          max: number;
          /** @description Raw points in the bucket */
          n: number;
        }[];
      }[];
    };
    MetricDefinition: {
      key: string;
      displayName: string;
      unit: string;
      /**
       * @description Which way is better
       * @enum {string}
       */
      direction: "higher" | "lower";
      /** @description false: nobody defined this key; higher-is-better is assumed */
      defined: boolean;
    };
    MetricAcrossVersions: {
      key: string;
      definition: components["schemas"]["MetricDefinition"];
      points: {
        version: number;
        stage: components["schemas"]["Stage"];
        value: number;
      }[];
    };
    Timeline: {
      model: string;
      rollbackCandidate: number | null;
      items: (
        | {
            /** @constant */
            kind: "stage";
            version: number;
            fromStage: components["schemas"]["Stage"];
            toStage: components["schemas"]["Stage"];
            rollback: boolean;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** @description The transition request behind the change */
            requestId: string | null;
            /** @description Who asked for it: the requester, else who made the change */
            by: string;
            /** @description The request's reason */
            reason: string | null;
            signatures: components["schemas"]["Signature"][];
          }
        | {
            /** @constant */
            kind: "alias";
            alias: string;
            fromVersion: number | null;
            /** @description null: the alias was removed */
            toVersion: number | null;
            /** @description ISO-8601 UTC timestamp */
            at: string;
            /** @description The transition request behind the change */
            requestId: string | null;
            /** @description Who asked for it: the requester, else who made the change */
            by: string;
            /** @description The request's reason */
            reason: string | null;
            signatures: components["schemas"]["Signature"][];
          }
      )[];
    };
    ResolvedRef: {
      ref: string;
      model: string;
      version: number;
      /** @enum {string} */
      status: "pending" | "ready" | "failed";
      /** @enum {string} */
      stage: "none" | "staging" | "production" | "archived";
      artifacts: {
        path: string;
        size: number | null;
        sha256: string | null;
        uri: string | null;
        external: boolean;
      }[];
    };
    ProductionAsOf: {
      /** @description The instant asked about */
      at: string;
      items: {
        /** @description team/name */
        model: string;
        team: string;
        name: string;
        /** @description null: nothing was in production */
        productionVersion: number | null;
        productionSince: string | null;
        aliases: {
          alias: string;
          version: number;
        }[];
      }[];
    };
    TransitionRequestSummary: {
      id: string;
      model: string;
      team: string;
      version: number;
      /** @enum {string} */
      kind: "stage" | "alias" | "rollback";
      fromStage: components["schemas"]["Stage"];
      toStage: components["schemas"]["Stage"] | null;
      alias: string | null;
      reason: string;
      requestedBy: string;
      /** @enum {string} */
      status: "pending" | "applied" | "rejected" | "cancelled" | "expired" | "superseded";
      approvals: number;
      requiredApprovals: number;
      gatesPassing: number;
      gatesTotal: number;
      /** @description ISO-8601 UTC timestamp */
      createdAt: string;
      /** @description ISO-8601 UTC timestamp */
      expiresAt: string;
    };
    AuditCheckpoint: {
      seq: number;
      hash: string;
      /** @description ISO-8601 UTC timestamp */
      at: string;
      keyId: string;
      /** @description Ed25519 over modelgate.audit-checkpoint.v1\n<seq>\n<hash>\n<at>, base64 */
      signature: string;
    };
    AuditEvent: {
      /** @description Position in the hash chain, gapless from 1 */
      seq: number;
      /** @description ISO-8601 UTC timestamp */
      at: string;
      /** @enum {string} */
      actorType: "user" | "token" | "system" | "anonymous";
      actorUserId: string | null;
      /** @description Set when the actor used an API token */
      actorTokenId: string | null;
      actorName: string;
      /** @description entity.verb, one of: auth.login_succeeded, auth.login_failed, auth.logout, authorization.denied, user.created, user.disabled, user.enabled, user.role_changed, user.password_changed, user.password_change_failed, team.created, team.renamed, team.security_updated, membership.added, membership.role_changed, membership.removed, token.created, token.revoked, model.created, model.updated, model.archived, model.restored, version.registered, version.updated, version.ready, version.failed, artifact.uploaded, artifact.unsafe_downloaded, metrics.logged, alias.set, alias.deleted, alias.protection_changed, policy.updated, transition.requested, transition.approved, transition.rejected, transition.signature_failed, transition.cancelled, transition.expired, transition.superseded, transition.applied, alias.moved, comment.created, metric_definition.set, metric_definition.deleted, audit.verified, audit.exported, webhook.created, webhook.updated, webhook.deleted, webhook.secret_rotated, webhook.disabled, webhook.test_sent, webhook.redelivery_requested */
      action: string;
      entityType: string;
      entityId: string | null;
      teamId: string | null;
      modelId: string | null;
      /** @description The changed fields' old values (null when none) */
      before: unknown;
      /** @description The new values or what was recorded (null when none) */
      after: unknown;
      reason: string | null;
      requestId: string | null;
      ip: string | null;
      userAgent: string | null;
      prevHash: string | null;
      /** @description SHA-256 over the canonical event and prevHash */
      hash: string | null;
    };
    AuditPublicKey: {
      keyId: string;
      publicKeyPem: string;
      /** @constant */
      algorithm: "Ed25519";
    };
    AuditVerification: {
      /** @description The audit.verified event that recorded it */
      seq: number;
      /** @description ISO-8601 UTC timestamp */
      at: string;
      by: string;
      ok: boolean;
      verifiedThrough: number;
      firstBreak: {
        seq: number;
        reason: string;
      } | null;
    };
    ChainVerification: {
      ok: boolean;
      verifiedThrough: number;
      headSeq: number;
      headHash: string;
      events: number;
      unchained: number;
      checkpoints: {
        verified: number;
        otherKey: number;
        lastSeq: number | null;
        lastAt: string | null;
      };
      firstBreak: {
        seq: number;
        reason: string;
      } | null;
      /** @description ISO-8601 UTC timestamp */
      verifiedAt: string;
      durationMs: number;
    };
    TeamMetricDefinition: {
      key: string;
      displayName: string;
      unit: string;
      /** @enum {string} */
      direction: "higher" | "lower";
      description: string;
      /** @description ISO-8601 UTC timestamp */
      updatedAt: string;
    };
    Webhook: {
      id: string;
      team: string;
      url: string;
      description: string;
      /** @description The event types delivered */
      events: (
        | "model.created"
        | "model.archived"
        | "version.registered"
        | "version.ready"
        | "version.failed"
        | "transition.requested"
        | "transition.approved"
        | "transition.rejected"
        | "transition.applied"
        | "alias.moved"
        | "comment.created"
      )[];
      active: boolean;
      /** @description Why it was turned off automatically (null otherwise) */
      disabledReason: string | null;
      disabledAt: string | null;
      /** @description Failed attempts in a row (a success resets it) */
      consecutiveFailures: number;
      failingSince: string | null;
      /** @description After a rotation: until when deliveries are also signed with the previous secret */
      previousSecretExpiresAt: string | null;
      revision: number;
      /** @description ISO-8601 UTC timestamp */
      createdAt: string;
      /** @description ISO-8601 UTC timestamp */
      updatedAt: string;
      createdBy?: string | null;
      lastAttemptAt?: string | null;
      lastAttemptOk?: boolean | null;
      lastStatusCode?: number | null;
      pendingDeliveries?: number;
    };
    CreatedWebhook: {
      webhook: components["schemas"]["Webhook"];
      /** @description whsec_… — shown only in this answer; store it now */
      secret: string;
    };
    DeliveryLog: {
      attempts: {
        id: string;
        deliveryId: string;
        /** @description Also the webhook-id header */
        eventId: string;
        eventType: string;
        /** @enum {string} */
        trigger: "event" | "redeliver" | "test";
        /** @description 1 for the first attempt of the delivery */
        attempt: number;
        /** @description ISO-8601 UTC timestamp */
        at: string;
        ok: boolean;
        /** @description null when no answer came (refused, network error, timeout) */
        statusCode: number | null;
        latencyMs: number;
        /** @description The start of the response body (1000 characters) */
        responseExcerpt: string | null;
        error: string | null;
      }[];
      /** @description Deliveries waiting for their next attempt (first page only) */
      pending: {
        deliveryId: string;
        eventId: string;
        eventType: string;
        /** @enum {string} */
        trigger: "event" | "redeliver" | "test";
        attempts: number;
        /** @description ISO-8601 UTC timestamp */
        nextAttemptAt: string;
        lastError: string | null;
      }[];
      totalAttempts: number;
      nextCursor: string | null;
    };
    WebhookEvent: {
      id: string;
      type: string;
      /** @description ISO-8601 UTC timestamp */
      createdAt: string;
      /** @description The exact JSON body delivered */
      payload: {
        [key: string]: unknown;
      };
    };
    QueuedDelivery: {
      deliveryId: string;
      eventId: string;
    };
    RotatedWebhook: {
      webhook: components["schemas"]["Webhook"];
      /** @description whsec_… — shown only in this answer; store it now */
      secret: string;
      previousSecretExpiresAt: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Health"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  liveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @constant */
            status: "ok";
          };
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Me"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  openApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  searchModels: {
    parameters: {
      query?: {
        /** @description Words in the name or description */
        q?: string;
        team?: string;
        /** @description key=value (repeatable) */
        tag?: string[];
        /** @description Models with a version in this stage */
        stage?: "staging" | "production" | "archived";
        /** @description The registrant's email */
        owner?: string;
        /** @description Archived models instead (default false) */
        archived?: boolean;
        sort?: "updated" | "name";
        /** @description Default 50 */
        limit?: number;
        /** @description The previous page's nextCursor */
        cursor?: string;
        /** @description Also count every match (answers `total`) */
        withTotal?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Model"][];
            nextCursor: string | null;
            /** @description Every match, with ?withTotal=true */
            total?: number;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createModel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body return the first answer (kept 24 h). */
        "Idempotency-Key"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "team": "fraud",
         *       "name": "card-scorer",
         *       "description": "Scores card transactions"
         *     }
         */
        "application/json": {
          team: string;
          name: string;
          /** @default  */
          description?: string;
          /** @default  */
          modelCard?: string;
          /** @default {} */
          tags?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Model"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `idempotency_in_flight`, `already_exists` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable: `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Model"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateModel: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the resource as you read it. */
        "If-Match": string;
      };
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "description": "Scores card transactions for fraud"
         *     }
         */
        "application/json": {
          description?: string;
          modelCard?: string;
          tags?: {
            [key: string]: string;
          };
          primaryMetric?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Model"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match: `precondition_failed` */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required: `precondition_required` */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  archiveModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "archived": true
         *     }
         */
        "application/json": {
          archived: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Model"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listVersions: {
    parameters: {
      query?: {
        stage?: "none" | "staging" | "production" | "archived";
        status?: "pending" | "ready" | "failed";
        /** @description key=value (repeatable) */
        tag?: string[];
        /** @description An offline metric filter, e.g. auc>=0.9 */
        metric?: string;
        /** @description ISO-8601 */
        createdAfter?: string;
        /** @description ISO-8601 */
        createdBefore?: string;
        /** @description Default 50 */
        limit?: number;
        /** @description The previous page's nextCursor */
        cursor?: number;
      };
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Version"][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  registerVersion: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body return the first answer (kept 24 h). */
        "Idempotency-Key"?: string;
      };
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "description": "Retrained on March data",
         *       "params": {
         *         "lr": "0.01"
         *       },
         *       "metrics": [
         *         {
         *           "key": "auc",
         *           "value": 0.93
         *         }
         *       ]
         *     }
         */
        "application/json": {
          /** @default  */
          description?: string;
          /** @default {} */
          tags?: {
            [key: string]: string;
          };
          params?: {
            [key: string]: string | number | boolean;
          };
          /** @default {} */
          lineage?: {
            runId?: string;
            /** Format: uri */
            runUrl?: string;
            sourceUri?: string;
            gitCommit?: string;
            datasetName?: string;
            datasetVersion?: string;
            datasetDigest?: string;
            framework?: string;
            frameworkVersion?: string;
            dependencies?: string[];
          };
          /** @default [] */
          metrics?: {
            key: string;
            value: number;
            step?: number;
            dataset?: string;
            slice?: string;
          }[];
          /** @default [] */
          artifacts?: {
            path: string;
            size?: number;
            sha256?: string;
            contentType?: string;
          }[];
          /** @default [] */
          externalArtifacts?: {
            path: string;
            uri: string;
            sha256?: string;
            size?: number;
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Version"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `idempotency_in_flight`, `model_archived`, `unsafe_artifact` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable: `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Version number (1, 2, …) */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Version"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateVersion: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the resource as you read it. */
        "If-Match": string;
      };
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Version number (1, 2, …) */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "description": "Retrained on March data"
         *     }
         */
        "application/json": {
          description?: string;
          tags?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Version"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match: `precondition_failed` */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required: `precondition_required` */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  downloadArtifact: {
    parameters: {
      query?: {
        /** @description Download an artifact the security scan found unsafe (audited) */
        acknowledge?: "unsafe";
      };
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Version number (1, 2, …) */
        version: number;
        /** @description The artifact's path in the version, e.g. model/model.pkl (slashes allowed) */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `unsafe_artifact`, `artifact_state` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Range outside the file: `range_not_satisfiable` */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A dependency (the artifact store) is unavailable: `store_unavailable` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  uploadArtifact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Version number (1, 2, …) */
        version: number;
        /** @description The artifact's path in the version, e.g. model/model.pkl (slashes allowed) */
        path: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/octet-stream": string;
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Upload"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed`, `upload_interrupted` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `artifact_state` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable: `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description A dependency (the artifact store) is unavailable: `store_unavailable` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  logMetrics: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body return the first answer (kept 24 h). */
        "Idempotency-Key"?: string;
      };
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Version number (1, 2, …) */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "points": [
         *         {
         *           "key": "precision_at_1pct",
         *           "value": 0.91
         *         }
         *       ]
         *     }
         */
        "application/json": {
          points: {
            key: string;
            value: number;
            timestamp?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            accepted: number;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `idempotency_in_flight` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable: `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  requestTransition: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body return the first answer (kept 24 h). */
        "Idempotency-Key"?: string;
      };
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Version number (1, 2, …) */
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "toStage": "staging",
         *       "reason": "Beats the champion on the March hold-out"
         *     }
         */
        "application/json": {
          /** @enum {string} */
          toStage?: "staging" | "production" | "archived";
          alias?: string;
          /** @default false */
          rollback?: boolean;
          /** @default true */
          archivePrevious?: boolean;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransitionRequest"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `idempotency_in_flight`, `duplicate_request`, `invalid_transition`, `alias_not_protected` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable: `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listAliases: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Alias"][];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  setAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Alias name, e.g. challenger */
        alias: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "version": 1
         *     }
         */
        "application/json": {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AliasMove"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `alias_protected`, `artifact_state` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Alias name, e.g. challenger */
        alias: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            deleted: boolean;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `alias_protected` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  protectAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description Alias name */
        alias: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "protected": true
         *     }
         */
        "application/json": {
          protected: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            alias: string;
            protected: boolean;
            changed: boolean;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `alias_protected` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  compareVersions: {
    parameters: {
      query?: {
        /** @description Version number or alias; default the production champion */
        baseline?: string;
        /** @description Version number or alias; default the challenger alias, else the newest staging version */
        candidate?: string;
      };
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Comparison"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  onlineMetrics: {
    parameters: {
      query: {
        /** @description Version numbers or aliases (1–4): comma-separated (3,4) or repeated */
        versions: string[];
        /** @description The online metric key */
        key: string;
        /** @description Default: the first point (at most 90 days back); no zone = UTC */
        from?: string;
        /** @description Default: just after the last point; no zone = UTC */
        to?: string;
        /** @description Buckets per series (default 1000) */
        maxPoints?: number;
      };
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OnlineSeries"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  metricAcrossVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
        /** @description The offline metric key */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MetricAcrossVersions"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  modelTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Model name */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Timeline"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  resolve: {
    parameters: {
      query: {
        /** @description e.g. fraud/scorer@champion */
        ref: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ResolvedRef"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  productionAsOf: {
    parameters: {
      query?: {
        /** @description ISO-8601 (no zone = UTC); default now */
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProductionAsOf"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  modelInventoryCsv: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listRequests: {
    parameters: {
      query?: {
        view?: "waiting" | "mine" | "open" | "all";
        /** @description Default 100 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["TransitionRequestSummary"][];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Request id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TransitionRequest"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  cancelRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Request id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Superseded by v5"
         *     }
         */
        "application/json": {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            requestId: string;
            /** @constant */
            status: "cancelled";
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `request_decided` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listAuditCheckpoints: {
    parameters: {
      query?: {
        /** @description The previous page's nextBefore */
        before?: number;
        /** @description Default 100 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["AuditCheckpoint"][];
            nextBefore: number | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listAuditEvents: {
    parameters: {
      query?: {
        /** @description Events at or after (ISO-8601; no zone = UTC) */
        from?: string;
        /** @description Events at or before (ISO-8601; a bare minute or day is inclusive) */
        to?: string;
        /** @description A user id, or the start of an actor's name */
        actor?: string;
        /** @description Team slug */
        team?: string;
        /** @description An action (model.created), or all of an entity's (transition. or transition.*) */
        action?: string;
        entityType?: string;
        entityId?: string;
        /** @description team/name */
        model?: string;
        requestId?: string;
        /** @description The previous page's nextBefore */
        before?: number;
        /** @description Default 50 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            events: components["schemas"]["AuditEvent"][];
            nextBefore: number | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getAuditEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Sequence number (1, 2, …) */
        seq: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditEvent"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  exportAudit: {
    parameters: {
      query?: {
        /** @description Events at or after (ISO-8601; no zone = UTC) */
        from?: string;
        /** @description Events at or before (ISO-8601; a bare minute or day is inclusive) */
        to?: string;
        /** @description A user id, or the start of an actor's name */
        actor?: string;
        /** @description Team slug */
        team?: string;
        /** @description An action (model.created), or all of an entity's (transition. or transition.*) */
        action?: string;
        entityType?: string;
        entityId?: string;
        /** @description team/name */
        model?: string;
        requestId?: string;
        /** @description Default jsonl */
        format?: "jsonl" | "csv";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/x-ndjson": string;
          "text/csv": string;
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  auditPublicKey: {
    parameters: {
      query?: {
        /** @description pem: the key as a PEM file download (default json) */
        format?: "json" | "pem";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditPublicKey"];
          "application/x-pem-file": string;
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  latestAuditVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AuditVerification"] | null;
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  verifyAudit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChainVerification"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listMetricDefinitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["TeamMetricDefinition"][];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  setMetricDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Metric key */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "displayName": "Fraud AUC",
         *       "unit": "",
         *       "direction": "higher",
         *       "description": "Area under the ROC curve on the hold-out set"
         *     }
         */
        "application/json": {
          displayName: string;
          /** @default  */
          unit?: string;
          /** @enum {string} */
          direction: "higher" | "lower";
          /** @default  */
          description?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TeamMetricDefinition"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteMetricDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Metric key */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            deleted: boolean;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Webhook"][];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body return the first answer (kept 24 h). */
        "Idempotency-Key"?: string;
      };
      path: {
        /** @description Team slug */
        team: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "url": "https://ci.example.com/hooks/modelgate",
         *       "description": "Deploy pipeline",
         *       "events": [
         *         "transition.applied"
         *       ]
         *     }
         */
        "application/json": {
          url: string;
          /** @default  */
          description?: string;
          events: (
            | "model.created"
            | "model.archived"
            | "version.registered"
            | "version.ready"
            | "version.failed"
            | "transition.requested"
            | "transition.approved"
            | "transition.rejected"
            | "transition.applied"
            | "alias.moved"
            | "comment.created"
          )[];
          /** @default true */
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedWebhook"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the resource's state: `idempotency_in_flight` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable: `unprocessable` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            deleted: boolean;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description The ETag of the resource as you read it. */
        "If-Match": string;
      };
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "description": "Deploy pipeline"
         *     }
         */
        "application/json": {
          url?: string;
          description?: string;
          events?: (
            | "model.created"
            | "model.archived"
            | "version.registered"
            | "version.ready"
            | "version.failed"
            | "transition.requested"
            | "transition.approved"
            | "transition.rejected"
            | "transition.applied"
            | "alias.moved"
            | "comment.created"
          )[];
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match: `precondition_failed` */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required: `precondition_required` */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Default 50 */
        limit?: number;
        /** @description The previous page's nextCursor */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeliveryLog"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  getWebhookEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
        /** @description Event id (the webhook-id header) */
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEvent"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  redeliverWebhookEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "eventId": "0f8fad5b-d9cb-469f-a165-70867728950e"
         *     }
         */
        "application/json": {
          /** @description An event delivered to this webhook */
          eventId: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["QueuedDelivery"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "overlapHours": 24
         *     }
         */
        "application/json": {
          /** @default 24 */
          overlapHours?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RotatedWebhook"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large: `payload_too_large` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type: `unsupported_media_type` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  sendTestWebhookEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Team slug */
        team: string;
        /** @description Webhook id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["QueuedDelivery"];
        };
      };
      /** @description Invalid input (details.fields names each problem): `validation_failed` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated: `unauthenticated` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed: `forbidden` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources: `not_found` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Something went wrong on our side: `internal` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
}
