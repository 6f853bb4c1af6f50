import "server-only";
import {
  createContext,
  DomainError,
  isDomainError,
  RateLimitedError,
  resolveSession,
  type ServiceContext,
} from "@modelgate/core";
import { type NextRequest, NextResponse } from "next/server";
import { requestMeta } from "./request-meta";
import { getDb } from "./runtime";
import { sessionIdFromCookie } from "./session";

export interface ApiErrorBody {
  error: { code: string; message: string; requestId: string; details?: Record<string, unknown> };
}

export function errorResponse(e: unknown, requestId: string): NextResponse<ApiErrorBody> {
  if (isDomainError(e)) {
    const headers: Record<string, string> = { "x-request-id": requestId };
    if (e instanceof RateLimitedError) headers["retry-after"] = String(e.retryAfterSeconds);
    return NextResponse.json(
      {
        error: { code: e.code, message: e.message, requestId, ...(e.details ? { details: e.details } : {}) },
      },
      { status: e.httpStatus, headers },
    );
  }
  // Never echo an unexpected error's text: it may hold SQL, paths or secrets.
  console.error(`[${requestId}] unhandled error`, e);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side.", requestId } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}

type Handler<P> = (args: { req: NextRequest; ctx: ServiceContext; params: P }) => Promise<Response | unknown>;

/**
 * The one wrapper every /api/v1 route handler goes through: request id, authentication
 * (session cookie now; bearer tokens join here), error mapping to the single error body.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, route: { params: Promise<P> }) => {
    const meta = requestMeta(req.headers);
    const requestId = meta.requestId!;
    try {
      const db = await getDb();
      const sid = await sessionIdFromCookie();
      if (!sid) throw new DomainError("unauthenticated", "Sign in or send an API token.");
      const actor = await resolveSession(db, sid);
      const ctx = createContext(db, actor, meta);
      const result = await handler({ req, ctx, params: await route.params });
      const res = result instanceof Response ? result : NextResponse.json(result);
      res.headers.set("x-request-id", requestId);
      return res;
    } catch (e) {
      return errorResponse(e, requestId);
    }
  };
}
