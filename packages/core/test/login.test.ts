import { and, eq, loginAttempts, sessions, users } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser, uniqueSuffix } from "@modelgate/db/testing";
import { describe, expect, it } from "vitest";
import { DomainError, hashPassword, login, logout, RateLimitedError, resolveSession } from "../src";
import { anon, lastAuditEvents, useTestDb } from "./helpers";

const t = useTestDb();
const PASSWORD = "correct horse battery";

async function userWithPassword(overrides: { disabled?: boolean } = {}) {
  return createTestUser(t.db, { passwordHash: await hashPassword(PASSWORD), ...overrides });
}
/** A distinct client address per test, so IP throttling of one test never touches another. */
function freshIp() {
  const s = Number.parseInt(uniqueSuffix().slice(0, 4), 16);
  return `198.51.${s >> 8}.${s & 255}`;
}

describe("login", () => {
  it("opens a session, resolves it with the user's team roles, and audits the success", async () => {
    const user = await userWithPassword();
    const team = await createTestTeam(t.db);
    await addTestMember(t.db, team.id, user.id, "reviewer");
    const result = await login(anon(t.db, { ip: freshIp() }), {
      email: user.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(result.user.id).toBe(user.id);

    const actor = await resolveSession(t.db, result.sessionId);
    expect(actor).toMatchObject({ type: "user", userId: user.id, sessionId: result.sessionId });
    expect(actor.teamRoles).toEqual({ [team.id]: "reviewer" });

    const [event] = await lastAuditEvents(t.db, 1);
    expect(event).toMatchObject({
      action: "auth.login_succeeded",
      actorType: "user",
      actorUserId: user.id,
      entityType: "session",
      entityId: result.sessionId,
      userAgent: "vitest",
    });
  });

  it("rejects a wrong password with a generic message and audits the failure", async () => {
    const user = await userWithPassword();
    const err = await login(anon(t.db, { ip: freshIp() }), { email: user.email, password: "wrong" }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(DomainError);
    expect(err.code).toBe("invalid_credentials");
    expect(err.message).toBe("Wrong email or password.");
    const [event] = await lastAuditEvents(t.db, 1);
    expect(event).toMatchObject({ action: "auth.login_failed", actorType: "anonymous", entityId: user.id });
    expect(event!.after).toMatchObject({ email: user.email, reason: "bad_credentials" });
  });

  it("gives the same answer for an unknown email (no account enumeration)", async () => {
    const err = await login(anon(t.db, { ip: freshIp() }), {
      email: "nobody@example.test",
      password: "x",
    }).catch((e) => e);
    expect(err.code).toBe("invalid_credentials");
    expect(err.message).toBe("Wrong email or password.");
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await userWithPassword({ disabled: true });
    const err = await login(anon(t.db, { ip: freshIp() }), { email: user.email, password: PASSWORD }).catch(
      (e) => e,
    );
    expect(err.code).toBe("account_disabled");
    const [event] = await lastAuditEvents(t.db, 1);
    expect(event!.after).toMatchObject({ reason: "disabled" });
  });

  it("rejects malformed input as validation_failed without touching the database", async () => {
    const err = await login(anon(t.db), { email: "", password: 42 }).catch((e) => e);
    expect(err.code).toBe("validation_failed");
    expect(Object.keys(err.details.fields).sort()).toEqual(["email", "password"]);
  });

  it("throttles an account after 5 failures with a 'try again in N s' message, and audits the throttled attempt", async () => {
    const user = await userWithPassword();
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      await expect(login(anon(t.db, { ip }), { email: user.email, password: "nope" })).rejects.toMatchObject({
        code: "invalid_credentials",
      });
    }
    // Even the right password waits now.
    const err = await login(anon(t.db, { ip }), { email: user.email, password: PASSWORD }).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.message).toMatch(/Try again in \d+ s\./);
    expect(err.retryAfterSeconds).toBeGreaterThan(0);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(30);
    const [event] = await lastAuditEvents(t.db, 1);
    expect(event!.after).toMatchObject({ reason: "throttled" });
    // From another address the account is throttled all the same.
    await expect(
      login(anon(t.db, { ip: freshIp() }), { email: user.email, password: PASSWORD }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    // Once the wait is over, the right password works.
    const later = new Date(Date.now() + 31_000);
    await expect(
      login(anon(t.db, { ip }), { email: user.email, password: PASSWORD }, later),
    ).resolves.toMatchObject({
      user: { id: user.id },
    });
  });

  it("throttles an IP after many failures across different accounts", async () => {
    const ip = freshIp();
    for (let i = 0; i < 30; i++) {
      await t.db.insert(loginAttempts).values({ email: `spray-${i}@example.test`, ip, succeeded: false });
    }
    const user = await userWithPassword();
    const err = await login(anon(t.db, { ip }), { email: user.email, password: PASSWORD }).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    // The account itself is fine from elsewhere.
    await expect(
      login(anon(t.db, { ip: freshIp() }), { email: user.email, password: PASSWORD }),
    ).resolves.toBeTruthy();
  });

  it("a success resets the account's failure count", async () => {
    const user = await userWithPassword();
    const ip = freshIp();
    for (let i = 0; i < 4; i++)
      await login(anon(t.db, { ip }), { email: user.email, password: "x" }).catch(() => {});
    await login(anon(t.db, { ip }), { email: user.email, password: PASSWORD });
    for (let i = 0; i < 4; i++)
      await login(anon(t.db, { ip }), { email: user.email, password: "x" }).catch(() => {});
    await expect(login(anon(t.db, { ip }), { email: user.email, password: PASSWORD })).resolves.toBeTruthy();
  });
});

describe("sessions", () => {
  it("are rejected once the user is disabled (on the very next request)", async () => {
    const user = await userWithPassword();
    const { sessionId } = await login(anon(t.db, { ip: freshIp() }), {
      email: user.email,
      password: PASSWORD,
    });
    await expect(resolveSession(t.db, sessionId)).resolves.toBeTruthy();
    await t.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    await expect(resolveSession(t.db, sessionId)).rejects.toMatchObject({ code: "account_disabled" });
  });

  it("are rejected when expired, unknown or malformed", async () => {
    const user = await userWithPassword();
    const { sessionId } = await login(anon(t.db, { ip: freshIp() }), {
      email: user.email,
      password: PASSWORD,
    });
    const afterExpiry = new Date(Date.now() + 13 * 3600 * 1000);
    await expect(resolveSession(t.db, sessionId, afterExpiry)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(resolveSession(t.db, "00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(resolveSession(t.db, "'; drop table users; --")).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });

  it("logout revokes the session, audits once, and is safe to repeat", async () => {
    const user = await userWithPassword();
    const { sessionId } = await login(anon(t.db, { ip: freshIp() }), {
      email: user.email,
      password: PASSWORD,
    });
    const actor = await resolveSession(t.db, sessionId);
    const ctx = { ...anon(t.db), actor };
    await logout(ctx);
    await logout(ctx);
    await expect(resolveSession(t.db, sessionId)).rejects.toMatchObject({ code: "unauthenticated" });
    const events = (await lastAuditEvents(t.db, 5)).filter(
      (e) => e.action === "auth.logout" && e.entityId === sessionId,
    );
    expect(events).toHaveLength(1);
    const [row] = await t.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.id, sessionId)));
    expect(row!.revokedAt).not.toBeNull();
  });
});
