import "server-only";
import { randomUUID } from "node:crypto";
import type { RequestMeta } from "@modelgate/core";
import { getConfig } from "./config";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: HeaderSource, name: string): string | null {
  if (typeof (h as { get?: unknown }).get === "function")
    return (h as { get(n: string): string | null }).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/**
 * Request id, client IP and user agent for the audit trail. The IP comes from
 * X-Forwarded-For only behind a trusted proxy (MODELGATE_TRUST_PROXY); otherwise from the
 * last hop Next.js itself appended, which a client cannot forge.
 */
export function requestMeta(h: HeaderSource): RequestMeta {
  const forwarded = (header(h, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip =
    (getConfig().MODELGATE_TRUST_PROXY ? forwarded[0] : forwarded.at(-1)) ?? header(h, "x-real-ip") ?? null;
  const requestId = header(h, "x-request-id");
  return {
    requestId: requestId && /^[\w.-]{1,100}$/.test(requestId) ? requestId : randomUUID(),
    ip: ip?.replace(/^::ffff:/, "") ?? null,
    userAgent: header(h, "user-agent")?.slice(0, 500) ?? null,
  };
}
