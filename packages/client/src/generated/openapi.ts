// Generated from openapi.json by `pnpm gen:api` (openapi-typescript). Do not edit.

export interface paths {
  "/api/health": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database status */
    get: operations["health"];
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
    /** Get a model */
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
    /** Register the next version */
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
    /** Edit description or tags */
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
    /** Upload a declared artifact (raw body, streamed) */
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
    /** Append online metric points */
    post: operations["logMetrics"];
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
    /** Point an unprotected alias at a ready version */
    put: operations["setAlias"];
    post?: never;
    /** Delete an unprotected alias */
    delete: operations["deleteAlias"];
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
    /** Request a stage change, a protected-alias move or a rollback (reviewers decide in the app) */
    post: operations["requestTransition"];
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
  "/api/v1/audit/public-key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Ed25519 key that signs checkpoints and exports (public) */
    get: operations["auditPublicKey"];
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
    Error: {
      error: {
        /** @description Stable machine-readable code */
        code: string;
        message: string;
        requestId: string;
        details?: {
          [key: string]: unknown;
        };
      };
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        q?: string;
        team?: string;
        tag?: string[];
        stage?: "staging" | "production" | "archived";
        owner?: string;
        archived?: boolean;
        sort?: "updated" | "name";
        limit?: number;
        cursor?: string;
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
            items: {
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
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        tag?: string[];
        metric?: string;
        createdAfter?: unknown;
        createdBefore?: unknown;
        limit?: number;
        cursor?: number;
      };
      header?: never;
      path: {
        team: string;
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
            items: {
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
              artifacts?: {
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
                scan: {
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
                  findings: {
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
                  }[];
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
                } | null;
              }[];
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
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
            artifacts?: {
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
              scan: {
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
                findings: {
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
                }[];
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
              } | null;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
        version: string;
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
            artifacts?: {
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
              scan: {
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
                findings: {
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
                }[];
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
              } | null;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
        version: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
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
            artifacts?: {
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
              scan: {
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
                findings: {
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
                }[];
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
              } | null;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        acknowledge?: "unsafe";
      };
      header?: never;
      path: {
        team: string;
        name: string;
        version: string;
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
        version: string;
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
          "application/json": {
            path: string;
            size: number | null;
            sha256: string | null;
            /** @enum {string} */
            versionStatus: "pending" | "ready" | "failed";
            alreadyUploaded: boolean;
            /** @description Set when this upload failed the version (blocked by the scan) */
            failureReason: string | null;
            scan: {
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
              findings: {
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
              }[];
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
            } | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
        version: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          points: {
            key: string;
            value: number;
            timestamp?: unknown;
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
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
            items: {
              name: string;
              protected: boolean;
              version: number | null;
              /** @description ISO-8601 UTC timestamp */
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
        alias: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
            alias: string;
            version: number;
            changed: boolean;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
        version: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          toStage?: "staging" | "production" | "archived";
          /** @description A protected alias to move to this version */
          alias?: string;
          /** @description Bring this earlier production version back */
          rollback?: boolean;
          /** @description Production: archive the previous version (default) or keep it in staging */
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
          "application/json": {
            id: string;
            model: string;
            version: number;
            /** @enum {string} */
            kind: "stage" | "alias" | "rollback";
            /** @enum {string} */
            fromStage: "none" | "staging" | "production" | "archived";
            toStage: ("none" | "staging" | "production" | "archived") | null;
            alias: string | null;
            /** @enum {string} */
            status: "pending" | "applied" | "rejected" | "cancelled" | "expired" | "superseded";
            statusReason: string | null;
            reason: string;
            requestedBy: string;
            /** @description As of the last evaluation (live for pending requests) */
            gates: {
              label: string;
              passed: boolean;
              actual: string;
              required: string;
            }[];
            /** @description Exactly as they were when the request was made */
            gatesAtRequest: {
              label: string;
              passed: boolean;
              actual: string;
              required: string;
            }[];
            /** @description Champion vs this version as the reviewers saw it when requested (null: no champion) */
            comparisonAtRequest: {
              model: string;
              primaryMetric: string | null;
              baseline: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              candidate: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              /** @description How the versions were chosen, e.g. "champion vs challenger" */
              basis: string;
              /** @description Offline metrics; defined metrics first, then by key */
              metrics: {
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
              }[];
              summary: {
                primary: {
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
                } | null;
                /** @description Metrics where the candidate is better */
                wins: number;
                losses: number;
                ties: number;
                missing: number;
              };
              params: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              tags: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              lineage: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              /** @description ISO-8601 UTC timestamp */
              comparedAt: string;
            } | null;
            /** @description GET only: the same comparison now, for pending requests (else null) */
            comparisonNow?: {
              model: string;
              primaryMetric: string | null;
              baseline: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              candidate: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              /** @description How the versions were chosen, e.g. "champion vs challenger" */
              basis: string;
              /** @description Offline metrics; defined metrics first, then by key */
              metrics: {
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
              }[];
              summary: {
                primary: {
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
                } | null;
                /** @description Metrics where the candidate is better */
                wins: number;
                losses: number;
                ties: number;
                missing: number;
              };
              params: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              tags: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              lineage: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              /** @description ISO-8601 UTC timestamp */
              comparedAt: string;
            } | null;
            /** @description GET only: whether the live comparison differs from the snapshot */
            comparisonChanged?: boolean;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string;
            decisions?: {
              reviewer: string;
              /** @enum {string} */
              decision: "approve" | "reject";
              meaning: string;
              reason: string | null;
              versionContentHash: string;
              /** @description ISO-8601 UTC timestamp */
              signedAt: string;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
            items: {
              id: string;
              model: string;
              team: string;
              version: number;
              /** @enum {string} */
              kind: "stage" | "alias" | "rollback";
              /** @enum {string} */
              fromStage: "none" | "staging" | "production" | "archived";
              toStage: ("none" | "staging" | "production" | "archived") | null;
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
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
            id: string;
            model: string;
            version: number;
            /** @enum {string} */
            kind: "stage" | "alias" | "rollback";
            /** @enum {string} */
            fromStage: "none" | "staging" | "production" | "archived";
            toStage: ("none" | "staging" | "production" | "archived") | null;
            alias: string | null;
            /** @enum {string} */
            status: "pending" | "applied" | "rejected" | "cancelled" | "expired" | "superseded";
            statusReason: string | null;
            reason: string;
            requestedBy: string;
            /** @description As of the last evaluation (live for pending requests) */
            gates: {
              label: string;
              passed: boolean;
              actual: string;
              required: string;
            }[];
            /** @description Exactly as they were when the request was made */
            gatesAtRequest: {
              label: string;
              passed: boolean;
              actual: string;
              required: string;
            }[];
            /** @description Champion vs this version as the reviewers saw it when requested (null: no champion) */
            comparisonAtRequest: {
              model: string;
              primaryMetric: string | null;
              baseline: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              candidate: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              /** @description How the versions were chosen, e.g. "champion vs challenger" */
              basis: string;
              /** @description Offline metrics; defined metrics first, then by key */
              metrics: {
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
              }[];
              summary: {
                primary: {
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
                } | null;
                /** @description Metrics where the candidate is better */
                wins: number;
                losses: number;
                ties: number;
                missing: number;
              };
              params: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              tags: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              lineage: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              /** @description ISO-8601 UTC timestamp */
              comparedAt: string;
            } | null;
            /** @description GET only: the same comparison now, for pending requests (else null) */
            comparisonNow?: {
              model: string;
              primaryMetric: string | null;
              baseline: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              candidate: {
                id: string;
                version: number;
                /** @enum {string} */
                stage: "none" | "staging" | "production" | "archived";
                /** @enum {string} */
                status: "pending" | "ready" | "failed";
                aliases: string[];
                /** @description ISO-8601 UTC timestamp */
                createdAt: string;
              };
              /** @description How the versions were chosen, e.g. "champion vs challenger" */
              basis: string;
              /** @description Offline metrics; defined metrics first, then by key */
              metrics: {
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
              }[];
              summary: {
                primary: {
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
                } | null;
                /** @description Metrics where the candidate is better */
                wins: number;
                losses: number;
                ties: number;
                missing: number;
              };
              params: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              tags: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              lineage: {
                key: string;
                baseline: unknown;
                candidate: unknown;
                /** @enum {string} */
                change: "added" | "removed" | "changed" | "same";
              }[];
              /** @description ISO-8601 UTC timestamp */
              comparedAt: string;
            } | null;
            /** @description GET only: whether the live comparison differs from the snapshot */
            comparisonChanged?: boolean;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description ISO-8601 UTC timestamp */
            expiresAt: string;
            decisions?: {
              reviewer: string;
              /** @enum {string} */
              decision: "approve" | "reject";
              meaning: string;
              reason: string | null;
              versionContentHash: string;
              /** @description ISO-8601 UTC timestamp */
              signedAt: string;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
        alias: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        from?: string;
        to?: string;
        actor?: string;
        team?: string;
        action?: string;
        entityType?: string;
        entityId?: string;
        model?: string;
        requestId?: string;
        before?: number;
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
            events: {
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
            }[];
            nextBefore: number | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        seq: string;
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        from?: string;
        to?: string;
        actor?: string;
        team?: string;
        action?: string;
        entityType?: string;
        entityId?: string;
        model?: string;
        requestId?: string;
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
          "application/json": {
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
          } | null;
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        before?: number;
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
            items: {
              seq: number;
              hash: string;
              /** @description ISO-8601 UTC timestamp */
              at: string;
              keyId: string;
              /** @description Ed25519 over modelgate.audit-checkpoint.v1\n<seq>\n<hash>\n<at>, base64 */
              signature: string;
            }[];
            nextBefore: number | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
            keyId: string;
            publicKeyPem: string;
            /** @constant */
            algorithm: "Ed25519";
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
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
            model: string;
            rollbackCandidate: number | null;
            items: (
              | {
                  /** @constant */
                  kind: "stage";
                  version: number;
                  /** @enum {string} */
                  fromStage: "none" | "staging" | "production" | "archived";
                  /** @enum {string} */
                  toStage: "none" | "staging" | "production" | "archived";
                  rollback: boolean;
                  /** @description ISO-8601 UTC timestamp */
                  at: string;
                  /** @description The transition request behind the change */
                  requestId: string | null;
                  /** @description Who asked for it: the requester, else who made the change */
                  by: string;
                  /** @description The request's reason */
                  reason: string | null;
                  signatures: {
                    reviewer: string;
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    meaning: string;
                    reason: string | null;
                    versionContentHash: string;
                    /** @description ISO-8601 UTC timestamp */
                    signedAt: string;
                  }[];
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
                  signatures: {
                    reviewer: string;
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    meaning: string;
                    reason: string | null;
                    versionContentHash: string;
                    /** @description ISO-8601 UTC timestamp */
                    signedAt: string;
                  }[];
                }
            )[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        baseline?: string;
        candidate?: string;
      };
      header?: never;
      path: {
        team: string;
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
            model: string;
            primaryMetric: string | null;
            baseline: {
              id: string;
              version: number;
              /** @enum {string} */
              stage: "none" | "staging" | "production" | "archived";
              /** @enum {string} */
              status: "pending" | "ready" | "failed";
              aliases: string[];
              /** @description ISO-8601 UTC timestamp */
              createdAt: string;
            };
            candidate: {
              id: string;
              version: number;
              /** @enum {string} */
              stage: "none" | "staging" | "production" | "archived";
              /** @enum {string} */
              status: "pending" | "ready" | "failed";
              aliases: string[];
              /** @description ISO-8601 UTC timestamp */
              createdAt: string;
            };
            /** @description How the versions were chosen, e.g. "champion vs challenger" */
            basis: string;
            /** @description Offline metrics; defined metrics first, then by key */
            metrics: {
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
            }[];
            summary: {
              primary: {
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
              } | null;
              /** @description Metrics where the candidate is better */
              wins: number;
              losses: number;
              ties: number;
              missing: number;
            };
            params: {
              key: string;
              baseline: unknown;
              candidate: unknown;
              /** @enum {string} */
              change: "added" | "removed" | "changed" | "same";
            }[];
            tags: {
              key: string;
              baseline: unknown;
              candidate: unknown;
              /** @enum {string} */
              change: "added" | "removed" | "changed" | "same";
            }[];
            lineage: {
              key: string;
              baseline: unknown;
              candidate: unknown;
              /** @enum {string} */
              change: "added" | "removed" | "changed" | "same";
            }[];
            /** @description ISO-8601 UTC timestamp */
            comparedAt: string;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        versions: string;
        key: string;
        from?: string;
        to?: string;
        maxPoints?: number;
      };
      header?: never;
      path: {
        team: string;
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
            model: string;
            key: string;
            definition: {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        name: string;
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
            key: string;
            definition: {
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
            points: {
              version: number;
              /** @enum {string} */
              stage: "none" | "staging" | "production" | "archived";
              value: number;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
            items: {
              key: string;
              displayName: string;
              unit: string;
              /** @enum {string} */
              direction: "higher" | "lower";
              description: string;
              /** @description ISO-8601 UTC timestamp */
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
            key: string;
            displayName: string;
            unit: string;
            /** @enum {string} */
            direction: "higher" | "lower";
            description: string;
            /** @description ISO-8601 UTC timestamp */
            updatedAt: string;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
            items: {
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
            }[];
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
            webhook: {
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
            /** @description whsec_… — shown only in this answer; store it now */
            secret: string;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
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
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
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
          "application/json": {
            webhook: {
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
            /** @description whsec_… — shown only in this answer; store it now */
            secret: string;
            previousSecretExpiresAt: string | null;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path: {
        team: string;
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
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        id: string;
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
          "application/json": {
            id: string;
            type: string;
            /** @description ISO-8601 UTC timestamp */
            createdAt: string;
            /** @description The exact JSON body delivered */
            payload: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
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
          "application/json": {
            deliveryId: string;
            eventId: string;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
        team: string;
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
            deliveryId: string;
            eventId: string;
          };
        };
      };
      /** @description Invalid input (details.fields names each problem) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not authenticated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Authenticated but not allowed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found — also for other teams' resources */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match does not match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Unprocessable (checksum mismatch, Idempotency-Key reused) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description If-Match required */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Too many requests */
      429: {
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
