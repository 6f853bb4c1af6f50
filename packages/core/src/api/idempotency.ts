import { createHash } from "node:crypto";
import { and, eq, idempotencyKeys, lt } from "@modelgate/db";
import type { ServiceContext } from "../context";
import { DomainError, isDomainError } from "../errors";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method}\n${path}\n${body}`).digest("hex");
}

function principalOf(ctx: ServiceContext): string {
  const a = ctx.actor;
  if (a.type === "token") return `token:${a.tokenId}`;
  if (a.type === "user") return `user:${a.userId}`;
  throw new DomainError("unauthenticated", "Idempotency keys need an authenticated caller.");
}

/**
 * Runs a creating call at most once per (caller, Idempotency-Key). A retry with the same request
 * gets the stored answer; the same key with a different request is refused (422); a retry while
 * the first is still running is refused (409). A domain error is an answer too and is stored;
 * an unexpected failure frees the key so the call can be retried.
 */
export async function runIdempotent(
  ctx: ServiceContext,
  key: string,
  fingerprint: string,
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new DomainError("validation_failed", "Idempotency-Key must be 1–255 visible ASCII characters.");
  }
  const principal = principalOf(ctx);
  const now = new Date();
  // Expired keys are cleaned up as new ones arrive (indexed on created_at).
  if (Math.random() < 0.05) {
    await ctx.db
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)));
  }
  const inserted = await ctx.db
    .insert(idempotencyKeys)
    .values({ principal, key, requestHash: fingerprint })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const where = and(eq(idempotencyKeys.principal, principal), eq(idempotencyKeys.key, key));
  if (inserted.length === 0) {
    const [existing] = await ctx.db.select().from(idempotencyKeys).where(where);
    if (!existing)
      throw new DomainError("idempotency_in_flight", "That Idempotency-Key is being reset; retry.");
    if (now.getTime() - existing.createdAt.getTime() > IDEMPOTENCY_TTL_MS) {
      await ctx.db.delete(idempotencyKeys).where(where);
      return runIdempotent(ctx, key, fingerprint, run);
    }
    if (existing.requestHash !== fingerprint) {
      throw new DomainError("unprocessable", "This Idempotency-Key was used with a different request.", {
        reason: "idempotency_key_reused",
      });
    }
    if (existing.state === "in_flight") {
      throw new DomainError(
        "idempotency_in_flight",
        "A request with this Idempotency-Key is still being processed.",
        {
          // Clients before the code existed retry on this reason (the code was `conflict`).
          reason: "idempotency_in_flight",
        },
      );
    }
    return { status: existing.responseStatus ?? 200, body: existing.responseBody, replayed: true };
  }
  let response: StoredResponse;
  try {
    response = await run();
  } catch (e) {
    if (isDomainError(e) && e.httpStatus < 500) {
      const body = {
        error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) },
      };
      await ctx.db
        .update(idempotencyKeys)
        .set({ state: "done", responseStatus: e.httpStatus, responseBody: body })
        .where(where);
    } else {
      await ctx.db.delete(idempotencyKeys).where(where);
    }
    throw e;
  }
  await ctx.db
    .update(idempotencyKeys)
    .set({ state: "done", responseStatus: response.status, responseBody: response.body as object })
    .where(where);
  return { ...response, replayed: false };
}
