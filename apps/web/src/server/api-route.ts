import "server-only";
import {
  type Actor,
  createContext,
  DomainError,
  isDomainError,
  RateLimitedError,
  requestFingerprint,
  resolveApiToken,
  resolveSession,
  runIdempotent,
  type ServiceContext,
} from "@modelgate/core";
import { noteRequestActor, requestLogger } from "@modelgate/core/log";
import { countStatements } from "@modelgate/db";
import { type NextRequest, NextResponse } from "next/server";
import { getConfig } from "./config";
import { requestMeta } from "./request-meta";
import { getRuntime } from "./runtime";
import { sessionIdFromCookie } from "./session";

export interface ApiErrorBody {
  error: { code: string; message: string; requestId: string; details?: Record<string, unknown> };
}

export function errorResponse(e: unknown, requestId: string): NextResponse<ApiErrorBody> {
  if (isDomainError(e)) {
    const headers: Record<string, string> = { "x-request-id": requestId };
    if (e instanceof RateLimitedError) headers["retry-after"] = String(e.retryAfterSeconds);
    if (e.code === "range_not_satisfiable" && typeof e.details?.size === "number")
      headers["content-range"] = `bytes */${e.details.size}`;
    return NextResponse.json(
      {
        error: { code: e.code, message: e.message, requestId, ...(e.details ? { details: e.details } : {}) },
      },
      { status: e.httpStatus, headers },
    );
  }
  // Never echo an unexpected error's text: it may hold SQL, paths or secrets.
  requestLogger(requestId).error({ err: e }, "unhandled error");
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side.", requestId } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}

/** Bearer token first (scripts), else the session cookie (the browser). */
async function authenticate(
  req: NextRequest,
  db: Awaited<ReturnType<typeof getRuntime>>["handle"]["db"],
): Promise<Actor> {
  const authz = req.headers.get("authorization");
  if (authz) {
    const [scheme, token] = authz.split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !token) {
      throw new DomainError("unauthenticated", "Use 'Authorization: Bearer <token>'.");
    }
    return resolveApiToken(db, token.trim());
  }
  const sid = await sessionIdFromCookie();
  if (!sid) throw new DomainError("unauthenticated", "Sign in or send an API token.");
  return resolveSession(db, sid);
}

export const MAX_JSON_BYTES = 1024 * 1024;

/** Reads a JSON request body: 415 unless JSON, 413 over 1 MiB, 400 when it does not parse. */
export async function readJson(req: NextRequest): Promise<{ value: unknown; text: string }> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new DomainError("unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES)
    throw new DomainError("payload_too_large", "The JSON body is larger than 1 MiB.");
  const buf = Buffer.from(await req.arrayBuffer());
  if (buf.length > MAX_JSON_BYTES)
    throw new DomainError("payload_too_large", "The JSON body is larger than 1 MiB.");
  const text = buf.toString("utf8");
  try {
    return { value: text ? JSON.parse(text) : {}, text };
  } catch {
    throw new DomainError("validation_failed", "The body is not valid JSON.");
  }
}

/** `If-Match: W/"3"` → 3. Updates of mutable resources require it (428 without). */
export function requireIfMatch(req: NextRequest): number {
  const h = req.headers.get("if-match");
  if (!h)
    throw new DomainError(
      "precondition_required",
      "Send If-Match with the ETag you read, to avoid lost updates.",
    );
  const m = /^(?:W\/)?"(\d+)"$/.exec(h.trim());
  if (!m)
    throw new DomainError(
      "precondition_failed",
      "If-Match does not match the current version of the resource.",
    );
  return Number(m[1]);
}

export function withEtag(body: { revision: number }, init?: ResponseInit): NextResponse {
  const res = NextResponse.json(body, init);
  res.headers.set("etag", `W/"${body.revision}"`);
  return res;
}

export interface RouteArgs<P> {
  req: NextRequest;
  ctx: ServiceContext;
  params: P;
  /** The parsed JSON body (routes declared with `json: true`). */
  body: unknown;
}

interface RouteOptions {
  /** Parse a JSON body before calling the handler. */
  json?: boolean;
  /** A creating call: honour Idempotency-Key. Implies `json`. */
  idempotent?: boolean;
  /** Status of a successful answer (201 for creations). */
  status?: number;
  /** No authentication: the handler runs as anonymous (published data only; list it in proxy.ts). */
  public?: boolean;
}

/**
 * The one wrapper every /api/v1 route handler goes through: request id, authentication (bearer
 * token or session cookie), JSON body limits, Idempotency-Key, and error mapping to the single
 * error body. Authorization is the core service's job.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (args: RouteArgs<P>) => Promise<Response | unknown>,
  options: RouteOptions = {},
) {
  const serve = async (req: NextRequest, route: { params: Promise<P> }) => {
    const meta = requestMeta(req.headers);
    const requestId = meta.requestId!;
    try {
      const { handle, artifactStore, auditSigner, webhookPolicy } = await getRuntime();
      const actor: Actor = options.public
        ? { type: "anonymous", name: "anonymous" }
        : await authenticate(req, handle.db);
      noteRequestActor(actor);
      const ctx = createContext(handle.db, actor, meta, {
        artifactStore,
        auditSigner,
        webhookPolicy,
      });
      const params = await route.params;
      const parsed =
        options.json || options.idempotent ? await readJson(req) : { value: undefined, text: "" };
      const call = async () => {
        const result = await handler({ req, ctx, params, body: parsed.value });
        return result instanceof Response
          ? result
          : NextResponse.json(result, { status: options.status ?? 200 });
      };
      const key = req.headers.get("idempotency-key");
      let res: Response;
      if (options.idempotent && key) {
        const url = new URL(req.url);
        const stored = await runIdempotent(
          ctx,
          key,
          requestFingerprint(req.method, url.pathname, parsed.text),
          async () => {
            const r = await call();
            return { status: r.status, body: await r.json() };
          },
        );
        const body = stored.body as { error?: Record<string, unknown> } | null;
        if (stored.status >= 400 && body?.error) body.error.requestId = requestId;
        res = NextResponse.json(body, { status: stored.status });
        if (stored.replayed) res.headers.set("idempotent-replayed", "true");
      } else {
        res = await call();
      }
      res.headers.set("x-request-id", requestId);
      return res;
    } catch (e) {
      return errorResponse(e, requestId);
    }
  };
  return async (req: NextRequest, route: { params: Promise<P> }) => {
    if (!getConfig().MODELGATE_SQL_STATS) return serve(req, route);
    const { result, statements } = await countStatements(() => serve(req, route));
    result.headers.set("x-sql-statements", String(statements));
    return result;
  };
}
