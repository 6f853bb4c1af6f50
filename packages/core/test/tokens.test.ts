import { apiTokens, auditEvents, eq } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { describe, expect, it } from "vitest";
import {
  changeMemberRole,
  createApiToken,
  createContext,
  hashPassword,
  listMyApiTokens,
  login,
  removeMember,
  resolveApiToken,
  resolveSession,
  revokeApiToken,
  setUserDisabled,
  systemContext,
} from "../src";
import { anon, useTestDb } from "./helpers";

const t = useTestDb();
const PASSWORD = "token-test-password";

/** A member of a fresh team, signed in for real, with the context of that session. */
async function member(role: "viewer" | "contributor" | "reviewer" | "maintainer" = "contributor") {
  const team = await createTestTeam(t.db);
  const user = await createTestUser(t.db, { passwordHash: await hashPassword(PASSWORD) });
  await addTestMember(t.db, team.id, user.id, role);
  const { sessionId } = await login(anon(t.db, { ip: `198.18.0.${Math.floor(Math.random() * 250)}` }), {
    email: user.email,
    password: PASSWORD,
  });
  const ctx = createContext(t.db, await resolveSession(t.db, sessionId));
  return { team, user, ctx, sessionId };
}

describe("API tokens", () => {
  it("are shown once, stored only as a hash with a visible prefix, listed without the secret, and audited", async () => {
    const { team, ctx } = await member();
    const created = await createApiToken(ctx, {
      teamId: team.id,
      name: "ci",
      role: "contributor",
      expiresInDays: 30,
    });
    expect(created.token).toMatch(/^mg_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(`mg_${created.prefix}_`)).toBe(true);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.secretHash).not.toContain(created.token.slice(12));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const list = await listMyApiTokens(ctx);
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(created.token);
    expect(list[0]).toMatchObject({
      name: "ci",
      prefix: created.prefix,
      teamSlug: team.slug,
      lastUsedAt: null,
    });
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(event).toMatchObject({ action: "token.created", teamId: team.id });
    expect(JSON.stringify(event)).not.toContain(created.token);
  });

  it("authenticate as a token actor scoped to one team, and record last use", async () => {
    const { team, user, ctx } = await member("maintainer");
    const { token, id } = await createApiToken(ctx, { teamId: team.id, name: "ci", role: "contributor" });
    const actor = await resolveApiToken(t.db, token);
    expect(actor).toMatchObject({
      type: "token",
      tokenId: id,
      userId: user.id,
      teamRoles: { [team.id]: "contributor" },
    });
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.lastUsedAt).not.toBeNull();
  });

  it("cannot exceed the creator's role or contributor", async () => {
    const viewer = await member("viewer");
    await expect(
      createApiToken(viewer.ctx, { teamId: viewer.team.id, name: "x", role: "contributor" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    const maintainer = await member("maintainer");
    await expect(
      createApiToken(maintainer.ctx, { teamId: maintainer.team.id, name: "x", role: "reviewer" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/at most contributor/),
    });
  });

  it("cannot be created for a team the user is not in (not found, and the attempt is audited)", async () => {
    const { ctx } = await member();
    const other = await createTestTeam(t.db);
    await expect(createApiToken(ctx, { teamId: other.id, name: "x", role: "viewer" })).rejects.toMatchObject({
      code: "not_found",
    });
    const denied = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, other.id));
    expect(denied.map((e) => e.action)).toEqual(["authorization.denied"]);
  });

  it("revoked: refused on the next request; revoking twice is a no-op audited once", async () => {
    const { team, ctx } = await member();
    const { token, id } = await createApiToken(ctx, { teamId: team.id, name: "ci", role: "contributor" });
    await resolveApiToken(t.db, token);
    expect(await revokeApiToken(ctx, { tokenId: id })).toEqual({ revoked: true });
    expect(await revokeApiToken(ctx, { tokenId: id })).toEqual({ revoked: false });
    await expect(resolveApiToken(t.db, token)).rejects.toMatchObject({ code: "unauthenticated" });
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => e.action).sort()).toEqual(["token.created", "token.revoked"]);
  });

  it("someone else's token cannot be revoked (not found)", async () => {
    const a = await member();
    const b = await member();
    const { id } = await createApiToken(a.ctx, { teamId: a.team.id, name: "ci", role: "viewer" });
    await expect(revokeApiToken(b.ctx, { tokenId: id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("expired: refused", async () => {
    const { team, ctx } = await member();
    const { token } = await createApiToken(ctx, {
      teamId: team.id,
      name: "ci",
      role: "viewer",
      expiresInDays: 1,
    });
    await resolveApiToken(t.db, token);
    await expect(resolveApiToken(t.db, token, new Date(Date.now() + 2 * 86_400_000))).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });

  it("malformed, unknown or tampered: refused alike", async () => {
    const { team, ctx } = await member();
    const { token } = await createApiToken(ctx, { teamId: team.id, name: "ci", role: "viewer" });
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of ["", "mg_", "Bearer x", tampered, token.replace(/^mg_[0-9a-f]{8}/, "mg_00000000")]) {
      await expect(resolveApiToken(t.db, bad)).rejects.toMatchObject({ code: "unauthenticated" });
    }
  });

  it("shrink when the creator is demoted, and die when the creator leaves the team", async () => {
    const { team, user, ctx } = await member("maintainer");
    const { token } = await createApiToken(ctx, { teamId: team.id, name: "ci", role: "contributor" });
    const other = await createTestUser(t.db);
    await addTestMember(t.db, team.id, other.id, "maintainer");
    const sys = systemContext(t.db);
    await changeMemberRole(sys, { teamId: team.id, userId: user.id, role: "viewer" });
    expect((await resolveApiToken(t.db, token)).teamRoles[team.id]).toBe("viewer");
    await removeMember(sys, { teamId: team.id, userId: user.id });
    await expect(resolveApiToken(t.db, token)).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("die with the sessions on the next request when the user is disabled, for good", async () => {
    const { team, user, ctx, sessionId } = await member();
    const { token } = await createApiToken(ctx, { teamId: team.id, name: "ci", role: "contributor" });
    await setUserDisabled(systemContext(t.db), { userId: user.id, disabled: true });
    await expect(resolveApiToken(t.db, token)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(resolveSession(t.db, sessionId)).rejects.toMatchObject({ code: "unauthenticated" });
    // Re-enabling resurrects neither the old session nor the token: both were revoked.
    await setUserDisabled(systemContext(t.db), { userId: user.id, disabled: false });
    await expect(resolveSession(t.db, sessionId)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(resolveApiToken(t.db, token)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
