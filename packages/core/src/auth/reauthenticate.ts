import { eq, users } from "@modelgate/db";
import type { ServiceContext, UserActor } from "../context";
import { DomainError, RateLimitedError } from "../errors";
import { normalizeEmail, passwordThrottleWait, recordPasswordFailure } from "./login";
import { verifyPassword } from "./passwords";

/** Why a signed-in person re-enters their password. */
export type ReauthenticationPurpose =
  /** An e-signature: a decision on this transition request. */
  | { kind: "signature"; requestId: string }
  /** Changing their own password (the current one is re-entered). */
  | { kind: "password_change" };

const failures = {
  signature: {
    reason: "wrong_signature_password",
    action: "transition.signature_failed",
    message: "Wrong password: the decision was not signed.",
    field: "password",
  },
  password_change: {
    reason: "wrong_current_password",
    action: "user.password_change_failed",
    message: "The current password is wrong.",
    field: "currentPassword",
  },
} as const;

/**
 * The signed-in person re-enters their password. Throttled and audited like a login — a wrong
 * password counts towards the account's and the IP's throttle and is audited, so re-entry is no
 * side door for guessing passwords. Call it before the change's transaction: a failure is
 * recorded in a transaction of its own, which the refused change must not roll back. Returns
 * the re-authenticated actor.
 */
export async function reauthenticate(
  ctx: ServiceContext,
  password: string,
  purpose: ReauthenticationPurpose,
): Promise<UserActor> {
  const actor = ctx.actor;
  if (actor.type !== "user")
    throw new DomainError("forbidden", "Only a signed-in person can re-enter a password.");
  const email = normalizeEmail(actor.email);
  const wait = await passwordThrottleWait(ctx, email);
  if (wait > 0) throw new RateLimitedError(`Too many wrong passwords. Try again in ${wait} s.`, wait);
  const [me] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (me?.passwordHash && (await verifyPassword(me.passwordHash, password))) return actor;
  const f = failures[purpose.kind];
  await recordPasswordFailure(ctx, {
    email,
    reason: f.reason,
    userId: actor.userId,
    countsTowardsThrottle: true,
    action: f.action,
    entityId: purpose.kind === "signature" ? purpose.requestId : actor.userId,
  });
  throw new DomainError("validation_failed", f.message, { fields: { [f.field]: ["Wrong password"] } });
}
