import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pipeline as pipe, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import {
  ModelgateApiError,
  ModelgateChecksumError,
  ModelgateError,
  ModelgateNetworkError,
} from "./errors.js";
import {
  artifactUrlPath,
  type ModelRef,
  modelPath,
  parseModelRef,
  parseVersionRef,
  type VersionRef,
  type VersionRefParts,
  versionPath,
} from "./refs.js";
import { type ArtifactSource, type PreparedSource, prepareSource } from "./sources.js";
import type {
  Alias,
  AliasProtection,
  ApiErrorBody,
  AuditCheckpointPage,
  AuditEvent,
  AuditEventPage,
  AuditFilter,
  AuditPublicKey,
  AuditVerification,
  ChainVerification,
  CompareQuery,
  Comparison,
  CreatedWebhook,
  CreateModelInput,
  CreateWebhookInput,
  DeleteAliasResult,
  DeleteMetricDefinitionResult,
  DeliveredWebhookEvent,
  Health,
  ListVersionsQuery,
  LogMetricsResult,
  Me,
  MetricAcrossVersions,
  MetricDefinitionInput,
  MetricPoint,
  Model,
  ModelPage,
  OnlineMetricsQuery,
  OnlineSeries,
  ProductionAsOf,
  QueuedWebhookDelivery,
  RegisterVersionInput,
  RequestListItem,
  RequestTransitionInput,
  Resolved,
  RotatedWebhookSecret,
  SearchModelsQuery,
  SetAliasResult,
  TeamMetricDefinition,
  Timeline,
  TransitionRequest,
  UpdateModelInput,
  UpdateVersionInput,
  UpdateWebhookInput,
  UploadResult,
  Version,
  VersionPage,
  Webhook,
  WebhookDeliveryLog,
} from "./types.js";

export interface ClientOptions {
  /** Where Modelgate runs, e.g. `https://modelgate.example.com`. */
  baseUrl: string;
  /** An API token (`mg_…`), sent as `Authorization: Bearer`. */
  token?: string;
  /** A fetch implementation (default: the global one of Node ≥ 20). */
  fetch?: typeof fetch;
  /**
   * How often a call that is safe to repeat is retried on a network error, a 5xx or a 429
   * (default 3), with exponential backoff. GET/PUT/DELETE and creating POSTs carrying an
   * Idempotency-Key are safe; other POSTs and PATCHes are never retried.
   */
  retries?: number;
  /** Delay before the first retry in ms, doubled for each next one (default 300). */
  retryDelayMs?: number;
  /** Extra headers on every request (a proxy's credentials, a browser session cookie). */
  headers?: Record<string, string>;
}

export interface CallOptions {
  /** Sent as `Idempotency-Key` on creating calls; a random UUID (reused across retries) when omitted. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface UpdateOptions {
  /** The ETag (or revision number) the change is based on; read with a GET first when omitted. */
  etag?: string | number;
  signal?: AbortSignal;
}

export interface TransferProgress {
  /** The artifact's path in the version. */
  path: string;
  loaded: number;
  /** Total bytes when known. */
  total: number | undefined;
}

export interface UploadOptions {
  onProgress?: (p: TransferProgress) => void;
  contentType?: string;
  signal?: AbortSignal;
}

export interface DownloadOptions {
  onProgress?: (p: TransferProgress) => void;
  signal?: AbortSignal;
  /**
   * Download an artifact the security scan found unsafe (the server refuses with 409
   * `unsafe_artifact` otherwise, and audits the acknowledged download).
   */
  acknowledgeUnsafe?: boolean;
}

export interface DownloadResult {
  path: string;
  file: string;
  size: number;
  /** Verified against the server's ETag. */
  sha256: string;
}

export interface ArtifactFile {
  /** The artifact's path inside the version, e.g. `model.bin` or `conf/params.json`. */
  path: string;
  source: ArtifactSource;
  contentType?: string;
}

export interface AuditExportOptions {
  /** `jsonl` (default): signed, verifiable offline with `verifyExport`; `csv`: for spreadsheets. */
  format?: "jsonl" | "csv";
  signal?: AbortSignal;
}

export type RegisterWithArtifactsOptions = CallOptions & {
  onProgress?: (p: TransferProgress) => void;
};

type QueryValue = string | number | boolean | Date | string[] | undefined;

interface Request {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  /** A raw body, created afresh for every attempt. */
  body?: () => ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
  /** Whether repeating the request is harmless (see ClientOptions.retries). */
  retry: boolean;
  signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });

function tagList(tags: string[] | Record<string, string> | undefined): string[] | undefined {
  if (!tags) return undefined;
  return Array.isArray(tags) ? tags : Object.entries(tags).map(([k, v]) => `${k}=${v}`);
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v])
      sp.append(k, item instanceof Date ? item.toISOString() : String(item));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}

const messageOf = (e: unknown) =>
  e instanceof Error
    ? e.cause instanceof Error
      ? `${e.message}: ${e.cause.message}`
      : e.message
    : String(e);

async function apiError(res: Response): Promise<ModelgateApiError> {
  const text = await res.text().catch(() => "");
  let err: ApiErrorBody["error"] | undefined;
  try {
    err = (JSON.parse(text) as ApiErrorBody).error;
  } catch {}
  return new ModelgateApiError(
    res.status,
    err?.code ?? "http_error",
    err?.message ?? `HTTP ${res.status} ${res.statusText}`.trim(),
    err?.requestId ?? res.headers.get("x-request-id") ?? undefined,
    err?.details,
  );
}

/** Counts (and optionally hashes) bytes flowing through, reporting progress. */
function meter(path: string, total: number | undefined, onProgress?: (p: TransferProgress) => void) {
  const hash = createHash("sha256");
  let loaded = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      loaded += chunk.length;
      hash.update(chunk);
      onProgress?.({ path, loaded, total });
      done(null, chunk);
    },
  });
  return { stream, loaded: () => loaded, digest: () => hash.digest("hex") };
}

export function createClient(options: ClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const retries = Math.max(0, options.retries ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 300;

  function backoff(attempt: number, res?: Response): number {
    const after = Number(res?.headers.get("retry-after"));
    if (Number.isFinite(after) && after > 0) return Math.min(after, 30) * 1000;
    return Math.min(retryDelayMs * 2 ** attempt, 10_000) * (0.5 + Math.random() / 2);
  }

  /** Sends a request, retrying safe ones; resolves with a 2xx/3xx response, throws otherwise. */
  async function send(req: Request): Promise<Response> {
    const url = `${base}${req.path}${queryString(req.query)}`;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = {
        accept: "application/json",
        ...options.headers,
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...req.headers,
      };
      let body: string | ReadableStream<Uint8Array> | undefined;
      if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        headers["content-type"] = "application/json";
      } else if (req.body) {
        body = req.body();
      }
      let res: Response;
      try {
        res = await doFetch(url, {
          method: req.method,
          headers,
          body,
          signal: req.signal,
          ...(body && typeof body !== "string" ? { duplex: "half" } : {}),
        } as RequestInit);
      } catch (e) {
        if (req.signal?.aborted) throw e;
        if (req.retry && attempt < retries) {
          await sleep(backoff(attempt), req.signal);
          continue;
        }
        throw new ModelgateNetworkError(`${req.method} ${url} failed: ${messageOf(e)}`, e);
      }
      if (res.status < 400) return res;
      const err = await apiError(res);
      const transient =
        res.status >= 500 ||
        res.status === 429 ||
        (res.status === 409 &&
          // Servers before the distinct code answered `conflict` with this reason.
          (err.code === "idempotency_in_flight" || err.details?.reason === "idempotency_in_flight"));
      if (req.retry && transient && attempt < retries) {
        await sleep(backoff(attempt, res), req.signal);
        continue;
      }
      throw err;
    }
  }

  async function json<T>(req: Request): Promise<T> {
    const res = await send(req);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A creating POST: one Idempotency-Key for all attempts, so a retry cannot create twice. */
  const create = <T>(path: string, body: unknown, opts: CallOptions = {}) =>
    json<T>({
      method: "POST",
      path,
      json: body,
      headers: { "idempotency-key": opts.idempotencyKey ?? randomUUID() },
      retry: true,
      signal: opts.signal,
    });

  const etagOf = (e: string | number) => (typeof e === "number" ? `W/"${e}"` : e);

  async function uploadPrepared(
    ref: VersionRefParts,
    path: string,
    source: PreparedSource,
    opts: UploadOptions = {},
  ): Promise<UploadResult> {
    let counter: ReturnType<typeof meter> | undefined;
    const result = await json<UploadResult>({
      method: "PUT",
      path: `${versionPath(ref)}/artifacts/${artifactUrlPath(path)}`,
      headers: {
        "content-type": opts.contentType ?? "application/octet-stream",
        ...(source.sha256 ? { "x-checksum-sha256": source.sha256 } : {}),
        ...(source.size !== undefined ? { "content-length": String(source.size) } : {}),
      },
      body: () => {
        counter = meter(path, source.size, opts.onProgress);
        const out = pipe(source.open(), counter.stream, () => {});
        return Readable.toWeb(out) as ReadableStream<Uint8Array>;
      },
      // Uploads are idempotent server-side (a verified artifact answers alreadyUploaded).
      retry: source.replayable,
      signal: opts.signal,
    });
    // The size of a one-shot stream is known only now: close the progress with it.
    if (source.size === undefined && counter)
      opts.onProgress?.({ path, loaded: counter.loaded(), total: counter.loaded() });
    const sent = source.sha256 ?? counter?.digest();
    if (result.sha256 && sent && result.sha256 !== sent)
      throw new ModelgateChecksumError(
        `The registry stored ${path} with sha256 ${result.sha256}, but ${sent} was sent.`,
        sent,
        result.sha256,
      );
    return result;
  }

  const models = {
    /** One page of models matching the filters (newest update first by default). */
    search: (query: SearchModelsQuery = {}, opts: { signal?: AbortSignal } = {}) => {
      const { tags, ...rest } = query;
      return json<ModelPage>({
        method: "GET",
        path: "/api/v1/models",
        query: { ...rest, tag: tagList(tags) },
        retry: true,
        signal: opts.signal,
      });
    },
    /** Every model matching the filters, page after page. */
    async *iterate(query: SearchModelsQuery = {}): AsyncGenerator<Model> {
      let cursor = query.cursor;
      do {
        const page = await models.search({ ...query, cursor });
        yield* page.items;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },
    create: (input: CreateModelInput, opts?: CallOptions) => create<Model>("/api/v1/models", input, opts),
    get: (ref: ModelRef, opts: { signal?: AbortSignal } = {}) =>
      json<Model>({ method: "GET", path: modelPath(parseModelRef(ref)), retry: true, signal: opts.signal }),
    /** Edits description, model card or tags, guarded by If-Match (read first unless `etag` is given). */
    async update(ref: ModelRef, patch: UpdateModelInput, opts: UpdateOptions = {}): Promise<Model> {
      const m = parseModelRef(ref);
      const etag = opts.etag ?? (await models.get(m, opts)).revision;
      return json<Model>({
        method: "PATCH",
        path: modelPath(m),
        json: patch,
        headers: { "if-match": etagOf(etag) },
        retry: false,
        signal: opts.signal,
      });
    },
    /** Archives (or with `false` restores) a model; maintainers only. */
    archive: (ref: ModelRef, archived = true, opts: { signal?: AbortSignal } = {}) =>
      json<Model>({
        method: "POST",
        path: `${modelPath(parseModelRef(ref))}/archive`,
        json: { archived },
        retry: false,
        signal: opts.signal,
      }),
  };

  const versions = {
    /** One page of a model's versions, newest first. */
    list: (ref: ModelRef, query: ListVersionsQuery = {}, opts: { signal?: AbortSignal } = {}) => {
      const { tags, ...rest } = query;
      return json<VersionPage>({
        method: "GET",
        path: `${modelPath(parseModelRef(ref))}/versions`,
        query: { ...rest, tag: tagList(tags) },
        retry: true,
        signal: opts.signal,
      });
    },
    async *iterate(ref: ModelRef, query: ListVersionsQuery = {}): AsyncGenerator<Version> {
      let cursor = query.cursor;
      do {
        const page = await versions.list(ref, { ...query, cursor });
        yield* page.items;
        cursor = page.nextCursor === null ? undefined : Number(page.nextCursor);
      } while (cursor !== undefined);
    },
    /** Registers the next version. Declared artifacts must then be uploaded before it is `ready`. */
    register: (ref: ModelRef, input: RegisterVersionInput, opts?: CallOptions) =>
      create<Version>(`${modelPath(parseModelRef(ref))}/versions`, input, opts),
    get: (ref: VersionRef, opts: { signal?: AbortSignal } = {}) =>
      json<Version>({
        method: "GET",
        path: versionPath(parseVersionRef(ref)),
        retry: true,
        signal: opts.signal,
      }),
    /** Edits description or tags, guarded by If-Match (read first unless `etag` is given). */
    async update(ref: VersionRef, patch: UpdateVersionInput, opts: UpdateOptions = {}): Promise<Version> {
      const v = parseVersionRef(ref);
      const etag = opts.etag ?? (await versions.get(v, opts)).revision;
      return json<Version>({
        method: "PATCH",
        path: versionPath(v),
        json: patch,
        headers: { "if-match": etagOf(etag) },
        retry: false,
        signal: opts.signal,
      });
    },
  };

  const artifacts = {
    /**
     * Streams one declared artifact to the registry. A file path is hashed first (streamed),
     * then sent with its sha256 for the server to verify; a Node stream is sent once, without
     * retries, and checked against the sha256 the server computed.
     */
    async upload(
      ref: VersionRef,
      path: string,
      source: ArtifactSource,
      opts: UploadOptions = {},
    ): Promise<UploadResult> {
      const prepared = await prepareSource(source, { spool: false });
      try {
        return await uploadPrepared(parseVersionRef(ref), path, prepared, opts);
      } finally {
        await prepared.dispose();
      }
    },
    /**
     * Streams an artifact to `destFile` (through a temporary file beside it, renamed at the end)
     * and verifies its sha256 against the ETag. External artifacts are not proxied: the error
     * names their URI.
     */
    async download(
      ref: VersionRef,
      path: string,
      destFile: string,
      opts: DownloadOptions = {},
    ): Promise<DownloadResult> {
      const apiPath = `${versionPath(parseVersionRef(ref))}/artifacts/${artifactUrlPath(path)}`;
      for (let attempt = 0; ; attempt++) {
        const res = await send({
          method: "GET",
          path: apiPath,
          ...(opts.acknowledgeUnsafe ? { query: { acknowledge: "unsafe" } } : {}),
          headers: { accept: "*/*", "accept-encoding": "identity" },
          retry: true,
          signal: opts.signal,
        });
        const etag = res.headers.get("etag");
        if (!etag) {
          const body = (await res.json().catch(() => ({}))) as { uri?: string };
          throw new ModelgateError(
            "external_artifact",
            `${path} is stored outside the registry at ${body.uri ?? "an external URI"}; fetch it from there.`,
          );
        }
        const expected =
          /^"([0-9a-f]{64})"$/.exec(etag)?.[1] ?? res.headers.get("x-checksum-sha256")?.toLowerCase();
        const length = res.headers.get("content-length");
        const counter = meter(path, length ? Number(length) : undefined, opts.onProgress);
        const tmp = join(dirname(destFile), `.${basename(destFile)}.${randomUUID().slice(0, 8)}.part`);
        try {
          await pipeline(
            Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>),
            counter.stream,
            createWriteStream(tmp),
          );
        } catch (e) {
          await rm(tmp, { force: true });
          if (opts.signal?.aborted) throw e;
          if (attempt < retries) {
            await sleep(backoff(attempt), opts.signal);
            continue;
          }
          throw new ModelgateNetworkError(`The download of ${path} broke off: ${messageOf(e)}`, e);
        }
        // Without a Content-Length (a chunked answer) the total is known only at the end.
        if (!length) opts.onProgress?.({ path, loaded: counter.loaded(), total: counter.loaded() });
        const actual = counter.digest();
        if (!expected || actual !== expected) {
          await rm(tmp, { force: true });
          throw new ModelgateChecksumError(
            `${path} arrived with sha256 ${actual}, but the registry holds ${expected ?? "no checksum"}.`,
            expected ?? "",
            actual,
          );
        }
        await rename(tmp, destFile);
        return { path, file: destFile, size: counter.loaded(), sha256: actual };
      }
    },
  };

  const metrics = {
    /** Appends online metric points (≤ 10,000 per call) to a version. */
    log: (ref: VersionRef, points: MetricPoint[], opts?: CallOptions) =>
      create<LogMetricsResult>(
        `${versionPath(parseVersionRef(ref))}/metrics`,
        {
          points: points.map((p) => ({
            key: p.key,
            value: p.value,
            ...(p.timestamp !== undefined
              ? { timestamp: p.timestamp instanceof Date ? p.timestamp.toISOString() : p.timestamp }
              : {}),
          })),
        },
        opts,
      ),
    /**
     * An online metric of 1–4 versions (numbers or aliases) over time, aggregated by the server into
     * at most `maxPoints` time buckets per series (default 1000); by default from the first point
     * (at most 90 days back) to the last.
     */
    online: (ref: ModelRef, query: OnlineMetricsQuery, opts: { signal?: AbortSignal } = {}) => {
      const { versions, ...rest } = query;
      return json<OnlineSeries>({
        method: "GET",
        path: `${modelPath(parseModelRef(ref))}/online-metrics`,
        query: { ...rest, versions: (Array.isArray(versions) ? versions : [versions]).map(String) },
        retry: true,
        signal: opts.signal,
      });
    },
    /** One offline metric (e.g. `auc`) across every version of a model, with each version's stage. */
    acrossVersions: (ref: ModelRef, key: string, opts: { signal?: AbortSignal } = {}) =>
      json<MetricAcrossVersions>({
        method: "GET",
        path: `${modelPath(parseModelRef(ref))}/metrics/${encodeURIComponent(key)}/versions`,
        retry: true,
        signal: opts.signal,
      }),
  };

  const definitionPath = (team: string, key?: string) =>
    `/api/v1/teams/${encodeURIComponent(team)}/metric-definitions${key === undefined ? "" : `/${encodeURIComponent(key)}`}`;
  /**
   * What a team's metric keys mean: display name, unit and which direction is better (comparisons
   * use it to pick winners; undefined keys are higher-is-better). Anyone in the team reads them,
   * maintainers set and delete them.
   */
  const metricDefinitions = {
    list: async (team: string, opts: { signal?: AbortSignal } = {}) =>
      (
        await json<{ items: TeamMetricDefinition[] }>({
          method: "GET",
          path: definitionPath(team),
          retry: true,
          signal: opts.signal,
        })
      ).items,
    /** Creates or replaces the definition of `key` (`unit` and `description` default to ""). */
    set: (team: string, key: string, input: MetricDefinitionInput, opts: { signal?: AbortSignal } = {}) =>
      json<TeamMetricDefinition>({
        method: "PUT",
        path: definitionPath(team, key),
        json: input,
        retry: true,
        signal: opts.signal,
      }),
    /** Removes the definition (404 `not_found` when there is none). */
    delete: (team: string, key: string, opts: { signal?: AbortSignal } = {}) =>
      json<DeleteMetricDefinitionResult>({
        method: "DELETE",
        path: definitionPath(team, key),
        retry: true,
        signal: opts.signal,
      }),
  };

  /** What happened to models over time, and what was in production when. */
  const history = {
    /** A model's stage and alias changes, newest first, with who, why and the approving signatures. */
    timeline: (ref: ModelRef, opts: { signal?: AbortSignal } = {}) =>
      json<Timeline>({
        method: "GET",
        path: `${modelPath(parseModelRef(ref))}/timeline`,
        retry: true,
        signal: opts.signal,
      }),
    /** Every readable model's production version and aliases at an instant (default now; no zone = UTC). */
    asOf: (at?: Date | string, opts: { signal?: AbortSignal } = {}) =>
      json<ProductionAsOf>({
        method: "GET",
        path: "/api/v1/as-of",
        query: { at },
        retry: true,
        signal: opts.signal,
      }),
    /**
     * The model inventory (SR 11-7) as CSV text, header line first: every readable model with its
     * owner, champion, last approval and validation evidence (one line a model, so it is not streamed).
     */
    async inventoryCsv(opts: { signal?: AbortSignal } = {}): Promise<string> {
      const res = await send({
        method: "GET",
        path: "/api/v1/inventory.csv",
        headers: { accept: "text/csv, */*" },
        retry: true,
        signal: opts.signal,
      });
      return res.text();
    },
  };

  const aliases = {
    list: async (ref: ModelRef, opts: { signal?: AbortSignal } = {}) =>
      (
        await json<{ items: Alias[] }>({
          method: "GET",
          path: `${modelPath(parseModelRef(ref))}/aliases`,
          retry: true,
          signal: opts.signal,
        })
      ).items,
    /** Points an unprotected alias at a ready version (`champion` moves only through approval). */
    set: (ref: ModelRef, alias: string, version: number, opts: { signal?: AbortSignal } = {}) =>
      json<SetAliasResult>({
        method: "PUT",
        path: `${modelPath(parseModelRef(ref))}/aliases/${encodeURIComponent(alias)}`,
        json: { version },
        retry: true,
        signal: opts.signal,
      }),
    /** Maintainers: protect an alias (it then moves only through an approved request) or release it. */
    protect: (ref: ModelRef, alias: string, isProtected: boolean, opts: { signal?: AbortSignal } = {}) =>
      json<AliasProtection>({
        method: "PUT",
        path: `${modelPath(parseModelRef(ref))}/aliases/${encodeURIComponent(alias)}/protection`,
        json: { protected: isProtected },
        retry: true,
        signal: opts.signal,
      }),
    delete: (ref: ModelRef, alias: string, opts: { signal?: AbortSignal } = {}) =>
      json<DeleteAliasResult>({
        method: "DELETE",
        path: `${modelPath(parseModelRef(ref))}/aliases/${encodeURIComponent(alias)}`,
        retry: true,
        signal: opts.signal,
      }),
  };

  const requests = {
    /**
     * Asks for a stage change (`{ toStage, reason }`), a protected-alias move (`{ alias, reason }`)
     * or a rollback (`{ rollback: true, reason }`) of a version. Reviewers decide in the app.
     */
    create: (ref: VersionRef, input: RequestTransitionInput, opts?: CallOptions) =>
      create<TransitionRequest>(`${versionPath(parseVersionRef(ref))}/transitions`, input, opts),
    list: async (view: "waiting" | "mine" | "open" | "all" = "open", opts: { signal?: AbortSignal } = {}) =>
      (
        await json<{ items: RequestListItem[] }>({
          method: "GET",
          path: "/api/v1/requests",
          query: { view },
          retry: true,
          signal: opts.signal,
        })
      ).items,
    get: (id: string, opts: { signal?: AbortSignal } = {}) =>
      json<TransitionRequest>({
        method: "GET",
        path: `/api/v1/requests/${encodeURIComponent(id)}`,
        retry: true,
        signal: opts.signal,
      }),
    cancel: (id: string, reason?: string, opts: { signal?: AbortSignal } = {}) =>
      json<{ requestId: string; status: "cancelled" }>({
        method: "POST",
        path: `/api/v1/requests/${encodeURIComponent(id)}/cancel`,
        json: reason ? { reason } : {},
        // Cancelling twice is answered "already cancelled": safe to retry.
        retry: true,
        signal: opts.signal,
      }),
  };

  const hookPath = (team: string, id?: string) =>
    `/api/v1/teams/${encodeURIComponent(team)}/webhooks${id ? `/${encodeURIComponent(id)}` : ""}`;
  /** A team's webhooks (maintainers; API tokens cannot manage them — sign in, as a session). */
  const webhooks = {
    list: async (team: string, opts: { signal?: AbortSignal } = {}) =>
      (
        await json<{ items: Webhook[] }>({
          method: "GET",
          path: hookPath(team),
          retry: true,
          signal: opts.signal,
        })
      ).items,
    /** Creates a webhook; the answer holds its signing secret, the only time it is shown. */
    create: (team: string, input: CreateWebhookInput, opts?: CallOptions) =>
      create<CreatedWebhook>(hookPath(team), input, opts),
    get: (team: string, id: string, opts: { signal?: AbortSignal } = {}) =>
      json<Webhook>({ method: "GET", path: hookPath(team, id), retry: true, signal: opts.signal }),
    /** Edits URL, description, events or `active`, guarded by If-Match (read first unless `etag` is given). */
    async update(
      team: string,
      id: string,
      patch: UpdateWebhookInput,
      opts: UpdateOptions = {},
    ): Promise<Webhook> {
      const etag = opts.etag ?? (await webhooks.get(team, id, opts)).revision;
      return json<Webhook>({
        method: "PATCH",
        path: hookPath(team, id),
        json: patch,
        headers: { "if-match": etagOf(etag) },
        retry: false,
        signal: opts.signal,
      });
    },
    delete: (team: string, id: string, opts: { signal?: AbortSignal } = {}) =>
      json<{ deleted: boolean }>({
        method: "DELETE",
        path: hookPath(team, id),
        retry: true,
        signal: opts.signal,
      }),
    /** A new signing secret; the previous one also signs for `overlapHours` (default 24). */
    rotateSecret: (team: string, id: string, overlapHours?: number, opts: { signal?: AbortSignal } = {}) =>
      json<RotatedWebhookSecret>({
        method: "POST",
        path: `${hookPath(team, id)}/rotate-secret`,
        json: overlapHours === undefined ? {} : { overlapHours },
        retry: false,
        signal: opts.signal,
      }),
    /** The delivery log: attempts newest first (pass `nextCursor` on), and what waits for a retry. */
    deliveries: (
      team: string,
      id: string,
      page: { limit?: number; cursor?: string; signal?: AbortSignal } = {},
    ) =>
      json<WebhookDeliveryLog>({
        method: "GET",
        path: `${hookPath(team, id)}/deliveries`,
        query: { limit: page.limit, cursor: page.cursor },
        retry: true,
        signal: page.signal,
      }),
    /** An event exactly as the webhook got it. */
    event: (team: string, id: string, eventId: string, opts: { signal?: AbortSignal } = {}) =>
      json<DeliveredWebhookEvent>({
        method: "GET",
        path: `${hookPath(team, id)}/events/${encodeURIComponent(eventId)}`,
        retry: true,
        signal: opts.signal,
      }),
    /** Sends an event again: the same id and body, freshly signed. */
    redeliver: (team: string, id: string, eventId: string, opts: { signal?: AbortSignal } = {}) =>
      json<QueuedWebhookDelivery>({
        method: "POST",
        path: `${hookPath(team, id)}/redeliver`,
        json: { eventId },
        retry: false,
        signal: opts.signal,
      }),
    /** Queues a `webhook.test` event for this webhook alone. */
    test: (team: string, id: string, opts: { signal?: AbortSignal } = {}) =>
      json<QueuedWebhookDelivery>({
        method: "POST",
        path: `${hookPath(team, id)}/test`,
        retry: false,
        signal: opts.signal,
      }),
  };

  const auditQuery = (f: AuditFilter): Record<string, QueryValue> => ({
    from: f.from,
    to: f.to,
    actor: f.actor,
    team: f.team,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    model: f.model,
    requestId: f.requestId,
  });

  /** The audit trail: auditors and admins read it all, maintainers their teams' events. */
  const audit = {
    /** One page of events matching the filters, newest first (keyset: pass `nextBefore` on). */
    events: (
      filter: AuditFilter = {},
      page: { before?: number; limit?: number; signal?: AbortSignal } = {},
    ) =>
      json<AuditEventPage>({
        method: "GET",
        path: "/api/v1/audit/events",
        query: { ...auditQuery(filter), before: page.before, limit: page.limit },
        retry: true,
        signal: page.signal,
      }),
    /** Every event matching the filters, newest first, page after page. */
    async *iterate(filter: AuditFilter = {}, opts: { pageSize?: number } = {}): AsyncGenerator<AuditEvent> {
      let before: number | undefined;
      do {
        const page = await audit.events(filter, { before, limit: opts.pageSize });
        yield* page.events;
        before = page.nextBefore ?? undefined;
      } while (before !== undefined);
    },
    /** One event by sequence number. */
    event: (seq: number, opts: { signal?: AbortSignal } = {}) =>
      json<AuditEvent>({
        method: "GET",
        path: `/api/v1/audit/events/${encodeURIComponent(String(seq))}`,
        retry: true,
        signal: opts.signal,
      }),
    /**
     * The filtered trail as the server streams it (oldest first): the response body, a web
     * ReadableStream that is also an async iterable of byte chunks. Nothing is buffered; pipe it to
     * a file, or check a JSONL export with `verifyExport` and the server's public key.
     */
    async exportEvents(
      filter: AuditFilter = {},
      opts: AuditExportOptions = {},
    ): Promise<ReadableStream<Uint8Array> & AsyncIterable<Uint8Array>> {
      const res = await send({
        method: "GET",
        path: "/api/v1/audit/export",
        query: { format: opts.format ?? "jsonl", ...auditQuery(filter) },
        headers: { accept: "*/*" },
        retry: true,
        signal: opts.signal,
      });
      if (!res.body) throw new ModelgateError("empty_response", "The export answer has no body.");
      return res.body as ReadableStream<Uint8Array> & AsyncIterable<Uint8Array>;
    },
    /** The server's Ed25519 public key (PEM) that signs checkpoints and exports. */
    publicKey: (opts: { signal?: AbortSignal } = {}) =>
      json<AuditPublicKey>({
        method: "GET",
        path: "/api/v1/audit/public-key",
        retry: true,
        signal: opts.signal,
      }),
    /** Signed chain heads, newest first (public: they hold only sequence numbers and hashes). */
    checkpoints: (page: { before?: number; limit?: number; signal?: AbortSignal } = {}) =>
      json<AuditCheckpointPage>({
        method: "GET",
        path: "/api/v1/audit/checkpoints",
        query: { before: page.before, limit: page.limit },
        retry: true,
        signal: page.signal,
      }),
    /** The most recent full verification recorded in the trail (who, when, through which event), or null. */
    latestVerification: (opts: { signal?: AbortSignal } = {}) =>
      json<AuditVerification>({
        method: "GET",
        path: "/api/v1/audit/verification",
        retry: true,
        signal: opts.signal,
      }),
    /** Asks the server to recompute the whole chain (audited); names the first broken link. */
    verify: (opts: { signal?: AbortSignal } = {}) =>
      json<ChainVerification>({
        method: "POST",
        path: "/api/v1/audit/verify",
        json: {},
        // Read-only but audited (`audit.verified`): a repeat would record a second verification.
        retry: false,
        signal: opts.signal,
      }),
  };

  return {
    baseUrl: base,
    /** An absolute URL for a path the API returned (artifact `uri`s are relative to the server). */
    url: (uri: string) => (/^[a-z][a-z0-9+.-]*:/i.test(uri) ? uri : `${base}${uri}`),
    /** Liveness and database status; needs no token. */
    health: () => json<Health>({ method: "GET", path: "/api/health", retry: true }),
    /** The identity and team roles the server resolved for this token. */
    me: () => json<Me>({ method: "GET", path: "/api/v1/me", retry: true }),
    models,
    versions,
    artifacts,
    metrics,
    metricDefinitions,
    aliases,
    requests,
    history,
    audit,
    webhooks,
    /**
     * Two versions side by side (numbers or aliases): offline metrics with deltas and winners, and
     * the params, tags and lineage that differ. By default the production champion is the baseline
     * and the challenger alias (else the newest staging version) the candidate.
     */
    compare: (ref: ModelRef, query: CompareQuery = {}, opts: { signal?: AbortSignal } = {}) =>
      json<Comparison>({
        method: "GET",
        path: `${modelPath(parseModelRef(ref))}/compare`,
        query: { baseline: query.baseline, candidate: query.candidate },
        retry: true,
        signal: opts.signal,
      }),
    /** `team/name@champion`, `team/name/3` or `team/name@latest` → the version and its artifacts. */
    resolve: (ref: string, opts: { signal?: AbortSignal } = {}) =>
      json<Resolved>({
        method: "GET",
        path: "/api/v1/resolve",
        query: { ref },
        retry: true,
        signal: opts.signal,
      }),
    /**
     * Registers a version declaring each file's size and sha256 (files are hashed by streaming;
     * streams are spooled to a temporary file first), then uploads them one by one. Returns the
     * version as it stands after the last upload (`ready`). With the same `idempotencyKey`, a
     * repeated call resumes instead of registering another version.
     */
    async registerVersionWithArtifacts(
      ref: ModelRef,
      metadata: RegisterVersionInput,
      files: ArtifactFile[],
      opts: RegisterWithArtifactsOptions = {},
    ): Promise<Version> {
      const model = parseModelRef(ref);
      const prepared: PreparedSource[] = [];
      try {
        for (const f of files) prepared.push(await prepareSource(f.source, { spool: true }));
        const declared = files.map((f, i) => ({
          path: f.path,
          size: prepared[i]!.size,
          sha256: prepared[i]!.sha256,
          ...(f.contentType ? { contentType: f.contentType } : {}),
        }));
        const version = await versions.register(
          model,
          { ...metadata, artifacts: [...(metadata.artifacts ?? []), ...declared] },
          opts,
        );
        const vref = { ...model, version: version.version };
        for (const [i, f] of files.entries()) {
          const uploaded = await uploadPrepared(vref, f.path, prepared[i]!, {
            onProgress: opts.onProgress,
            contentType: f.contentType,
            signal: opts.signal,
          });
          // Blocked by the security scan: the version failed, its other artifacts are refused.
          if (uploaded.versionStatus === "failed") break;
        }
        return files.length ? await versions.get(vref, opts) : version;
      } finally {
        await Promise.all(prepared.map((p) => p.dispose()));
      }
    },
  };
}

export type ModelgateClient = ReturnType<typeof createClient>;
