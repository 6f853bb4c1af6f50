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
  ValidationError,
} from "@modelgate/core";
import { noteRequestActor, requestLogger } from "@modelgate/core/log";
import { countStatements } from "@modelgate/db/runtime";
import { type NextRequest, NextResponse } from "next/server";
import type { z } from "zod";
import { getConfig } from "./config";
import { type BodyOf, type Contract, type ParamsOf, type QueryOf, Reply, type ResultOf } from "./contract";
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

export interface RouteArgs<C extends Contract> {
  req: NextRequest;
  ctx: ServiceContext;
  params: ParamsOf<C>;
  query: QueryOf<C>;
  body: BodyOf<C>;
  /** The revision from If-Match (contracts with `ifMatch`). */
  expectedRevision: number;
}

/** Strings PostgreSQL cannot store or that are not text: NUL, and UTF-16 halves without a pair. */
const invalidText = (s: string) => s.includes("\0") || /\p{Cs}/u.test(s);

/** Where a value sits in the input, as a linked list (cheap for deep values; read only on refusal). */
type At = { key: string; up: At | undefined } | undefined;
function label(at: At): string {
  const keys: string[] = [];
  for (let node = at; node; node = node.up) keys.unshift(node.key);
  return keys.join(".");
}

/**
 * Refuses invalid text anywhere in a value (keys too), once, naming where — `tags.team` in a body,
 * `query.q`. Iterative: a hostile body nested a million deep must not exhaust the stack.
 */
function refuseInvalidText(value: unknown, part: string): void {
  const pending: [unknown, At][] = [[value, part === "body" ? undefined : { key: part, up: undefined }]];
  while (pending.length > 0) {
    const [v, at] = pending.pop()!;
    let bad = typeof v === "string" && invalidText(v);
    if (Array.isArray(v))
      for (const [i, item] of v.entries()) pending.push([item, { key: String(i), up: at }]);
    else if (v && typeof v === "object")
      for (const [k, item] of Object.entries(v)) {
        bad ||= invalidText(k);
        pending.push([item, { key: k, up: at }]);
      }
    if (bad) {
      const key = label(at) || part;
      throw new ValidationError(`Invalid input — ${key}: contains a NUL or an invalid character`, {
        [key]: ["Contains a NUL or an invalid character"],
      });
    }
  }
}

const isArraySchema = (s: z.ZodType): boolean => {
  const def = s._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
  if (def.type === "array") return true;
  const inner = def.innerType ?? def.in;
  return inner ? isArraySchema(inner) : false;
};

/** The query string as the contract's shape wants it: repeatable keys as arrays, `?k=` as absent. */
function rawQuery(req: NextRequest, schema: z.ZodObject): Record<string, unknown> {
  const sp = req.nextUrl.searchParams;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const values = sp.getAll(key).filter((v) => v !== "");
    if (values.length === 0) continue;
    out[key] = isArraySchema(field as z.ZodType) ? values : values[0];
  }
  return out;
}

/** Parses one part of the request with the contract, naming fields by part (`query.limit`). */
function parsePart<S extends z.ZodType>(schema: S, value: unknown, part: string): z.output<S> {
  refuseInvalidText(value, part);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = [part === "body" ? undefined : part, ...issue.path].filter((k) => k !== undefined).join(".");
    fields[key || part] = [...(fields[key || part] ?? []), issue.message];
  }
  const [key, messages] = Object.entries(fields)[0]!;
  throw new ValidationError(`Invalid input — ${key}: ${messages[0]}`, fields);
}

/**
 * In tests (MODELGATE_VALIDATE_RESPONSES=true) every JSON answer is checked against its contract,
 * so a drift between what a route returns and what the document promises fails the suite.
 */
function checkResponse(contract: Contract, body: unknown, requestId: string): void {
  if (!("schema" in contract.response) || !getConfig().MODELGATE_VALIDATE_RESPONSES) return;
  const result = contract.response.schema.safeParse(body);
  if (result.success) return;
  requestLogger(requestId).error(
    { operationId: contract.operationId, issues: result.error.issues.slice(0, 10) },
    "response does not match its contract",
  );
  throw new Error(`${contract.operationId}: response does not match its contract`);
}

/**
 * The one wrapper every API route handler goes through: request id, authentication (bearer
 * token or session cookie), parsing params, query and body with the operation's contract, JSON
 * body limits, If-Match, Idempotency-Key, and error mapping to the single error body.
 * Authorization is the core service's job.
 */
export function apiRoute<const C extends Contract>(
  contract: C,
  handler: (args: RouteArgs<C>) => Promise<ResultOf<C>> | ResultOf<C>,
) {
  const serve = async (req: NextRequest, route: { params: Promise<Record<string, string | string[]>> }) => {
    const meta = requestMeta(req.headers);
    const requestId = meta.requestId!;
    try {
      const { handle, artifactStore, auditSigner, webhookPolicy } = await getRuntime();
      const actor: Actor = contract.public
        ? { type: "anonymous", name: "anonymous" }
        : await authenticate(req, handle.db);
      noteRequestActor(actor);
      const ctx = createContext(handle.db, actor, meta, {
        artifactStore,
        auditSigner,
        webhookPolicy,
      });
      // A catch-all segment ([...path]) arrives as segments: the contract sees one path.
      const rawParams = Object.fromEntries(
        Object.entries((await route.params) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      const params = contract.params ? parsePart(contract.params, rawParams, "params") : {};
      const query = contract.query ? parsePart(contract.query, rawQuery(req, contract.query), "query") : {};
      const expectedRevision = contract.ifMatch ? requireIfMatch(req) : 0;
      const json = contract.body ? await readJson(req) : { value: undefined, text: "" };
      const body = contract.body ? parsePart(contract.body, json.value, "body") : undefined;
      const args = { req, ctx, params, query, body, expectedRevision } as RouteArgs<C>;
      const call = async (): Promise<Response> => {
        const result: unknown = await handler(args);
        if (result instanceof Response) return result;
        const { body: value, init } = result instanceof Reply ? result : new Reply(result);
        checkResponse(contract, value, requestId);
        const res = NextResponse.json(value, { status: init.status ?? contract.response.status });
        for (const [k, v] of Object.entries(init.headers ?? {})) res.headers.set(k, v);
        const revision = (value as { revision?: unknown } | null)?.revision;
        if (contract.etag && typeof revision === "number") res.headers.set("etag", `W/"${revision}"`);
        return res;
      };
      const key = req.headers.get("idempotency-key");
      let res: Response;
      if (contract.idempotent && key) {
        const stored = await runIdempotent(
          ctx,
          key,
          requestFingerprint(req.method, req.nextUrl.pathname, json.text),
          async () => {
            const r = await call();
            return { status: r.status, body: await r.json() };
          },
        );
        const storedBody = stored.body as { error?: Record<string, unknown> } | null;
        if (stored.status >= 400 && storedBody?.error) storedBody.error.requestId = requestId;
        res = NextResponse.json(storedBody, { status: stored.status });
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
  return async (req: NextRequest, route: { params: Promise<Record<string, string | string[]>> }) => {
    if (!getConfig().MODELGATE_SQL_STATS) return serve(req, route);
    const { result, statements } = await countStatements(() => serve(req, route));
    result.headers.set("x-sql-statements", String(statements));
    return result;
  };
}
