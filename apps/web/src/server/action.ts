import "server-only";
import { isDomainError, type ServiceContext, type UserActor } from "@modelgate/core";
import { requestLogger } from "@modelgate/core/log";
import { revalidatePath } from "next/cache";
import { requirePageContext } from "./session";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string[]> } };

/**
 * The one chain every server action goes through: the signed-in user's context (checked against
 * the database), the core service, and domain errors mapped to a result the form can show.
 * Authorization itself is the service's job — the action never decides.
 */
export async function runAction<T>(
  fn: (ctx: ServiceContext & { actor: UserActor }) => Promise<T>,
  opts: { revalidate?: string } = {},
): Promise<ActionResult<T>> {
  const ctx = await requirePageContext();
  try {
    const data = await fn(ctx);
    if (opts.revalidate) revalidatePath(opts.revalidate, "layout");
    return { ok: true, data };
  } catch (e) {
    if (isDomainError(e)) {
      const fields = e.details?.fields as Record<string, string[]> | undefined;
      return { ok: false, error: { code: e.code, message: e.message, ...(fields ? { fields } : {}) } };
    }
    requestLogger(ctx.requestId).error({ err: e }, "action failed");
    return { ok: false, error: { code: "internal", message: "Something went wrong on our side." } };
  }
}
