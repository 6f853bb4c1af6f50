import { auditEvents, eq, memberships, users } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { describe, expect, it } from "vitest";
import {
  addMemberByEmail,
  changeMemberRole,
  changeOwnPassword,
  createContext,
  createTeam,
  createUser,
  getTeamWithMembers,
  hashPassword,
  login,
  removeMember,
  renameTeam,
  resolveSession,
  setUserDisabled,
  setUserOrgRole,
  systemContext,
  type UserActor,
} from "../src";
import { anon, useTestDb } from "./helpers";

const t = useTestDb();

function asUser(
  u: { id: string; name: string; email: string; orgRole: "member" | "auditor" | "admin" },
  teamRoles = {},
) {
  const actor: UserActor = {
    type: "user",
    userId: u.id,
    name: u.name,
    email: u.email,
    orgRole: u.orgRole,
    teamRoles,
  };
  return createContext(t.db, actor);
}

describe("team members", () => {
  it("a maintainer adds by email, changes roles and removes; each change audited with before/after", async () => {
    const team = await createTestTeam(t.db);
    const boss = await createTestUser(t.db);
    await addTestMember(t.db, team.id, boss.id, "maintainer");
    const ctx = asUser(boss, { [team.id]: "maintainer" });
    const newcomer = await createTestUser(t.db, { email: `New.${Date.now()}@Example.test` });
    await addMemberByEmail(ctx, { teamId: team.id, email: newcomer.email.toUpperCase(), role: "viewer" });
    await changeMemberRole(ctx, { teamId: team.id, userId: newcomer.id, role: "reviewer" });
    const { members } = await getTeamWithMembers(ctx, team.slug);
    expect(members.find((m) => m.userId === newcomer.id)?.role).toBe("reviewer");
    await removeMember(ctx, { teamId: team.id, userId: newcomer.id });
    await removeMember(ctx, { teamId: team.id, userId: newcomer.id }); // idempotent
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, `${team.id}:${newcomer.id}`));
    expect(events.map((e) => e.action)).toEqual([
      "membership.added",
      "membership.role_changed",
      "membership.removed",
    ]);
    expect(events[1]).toMatchObject({ before: { role: "viewer" }, after: { role: "reviewer" } });
  });

  it("an unknown email or a duplicate member is a clear error", async () => {
    const team = await createTestTeam(t.db);
    const sys = systemContext(t.db);
    await expect(
      addMemberByEmail(sys, { teamId: team.id, email: "ghost@example.test", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    const u = await createTestUser(t.db);
    await addMemberByEmail(sys, { teamId: team.id, email: u.email, role: "viewer" });
    await expect(
      addMemberByEmail(sys, { teamId: team.id, email: u.email, role: "viewer" }),
    ).rejects.toMatchObject({
      code: "already_exists",
    });
  });

  it("the last maintainer can be neither removed nor demoted", async () => {
    const team = await createTestTeam(t.db);
    const only = await createTestUser(t.db);
    await addTestMember(t.db, team.id, only.id, "maintainer");
    const ctx = asUser(only, { [team.id]: "maintainer" });
    await expect(removeMember(ctx, { teamId: team.id, userId: only.id })).rejects.toMatchObject({
      code: "last_maintainer",
    });
    await expect(
      changeMemberRole(ctx, { teamId: team.id, userId: only.id, role: "reviewer" }),
    ).rejects.toMatchObject({
      code: "last_maintainer",
    });
  });

  it("two maintainers removing each other at the same moment: exactly one succeeds", async () => {
    const team = await createTestTeam(t.db);
    const a = await createTestUser(t.db);
    const b = await createTestUser(t.db);
    await addTestMember(t.db, team.id, a.id, "maintainer");
    await addTestMember(t.db, team.id, b.id, "maintainer");
    const results = await Promise.allSettled([
      removeMember(asUser(a, { [team.id]: "maintainer" }), { teamId: team.id, userId: b.id }),
      removeMember(asUser(b, { [team.id]: "maintainer" }), { teamId: team.id, userId: a.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const left = await t.db.select().from(memberships).where(eq(memberships.teamId, team.id));
    expect(left).toHaveLength(1);
    expect(left[0]!.role).toBe("maintainer");
  });
});

describe("organisation administration", () => {
  it("an admin creates a user with a temporary password shown once, who can sign in with it", async () => {
    const admin = await createTestUser(t.db, { orgRole: "admin" });
    const email = `temp-${Date.now()}@example.test`;
    const created = await createUser(asUser(admin), { email, name: "Temp" });
    expect(created.temporaryPassword).toMatch(/^tmp-/);
    await expect(login(anon(t.db), { email, password: created.temporaryPassword! })).resolves.toBeTruthy();
    const dup = await createUser(asUser(admin), { email: email.toUpperCase(), name: "Again" }).catch(
      (e) => e,
    );
    expect(dup.code).toBe("already_exists");
  });

  it("non-admins cannot manage users or teams, and the attempt is audited", async () => {
    const auditor = await createTestUser(t.db, { orgRole: "auditor" });
    const target = await createTestUser(t.db);
    await expect(
      setUserDisabled(asUser(auditor), { userId: target.id, disabled: true }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(createTeam(asUser(auditor), { slug: "nope-team", name: "Nope" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const denied = await t.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, auditor.id));
    expect(denied.map((e) => e.action)).toEqual(["authorization.denied", "authorization.denied"]);
    expect(denied[0]!.after).toMatchObject({ permission: "user.manage", orgRole: "auditor" });
  });

  it("keeps at least one active admin and refuses self-disable", async () => {
    const admins = await t.db.select().from(users).where(eq(users.orgRole, "admin"));
    for (const a of admins) await t.db.update(users).set({ orgRole: "member" }).where(eq(users.id, a.id));
    const only = await createTestUser(t.db, { orgRole: "admin" });
    await expect(setUserDisabled(asUser(only), { userId: only.id, disabled: true })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(setUserOrgRole(asUser(only), { userId: only.id, orgRole: "member" })).rejects.toMatchObject({
      code: "last_admin",
    });
    const second = await createTestUser(t.db, { orgRole: "member" });
    await setUserOrgRole(asUser(only), { userId: second.id, orgRole: "admin" });
    await setUserOrgRole(asUser({ ...second, orgRole: "admin" }), { userId: only.id, orgRole: "auditor" });
    const [row] = await t.db.select().from(users).where(eq(users.id, only.id));
    expect(row!.orgRole).toBe("auditor");
  });

  it("renames a team (slug unchanged), audited", async () => {
    const admin = await createTestUser(t.db, { orgRole: "admin" });
    const team = await createTeam(asUser(admin), { slug: `ren-${Date.now()}`, name: "Before" });
    const renamed = await renameTeam(asUser(admin), { teamId: team.id, name: "After" });
    expect(renamed).toMatchObject({ slug: team.slug, name: "After" });
    await expect(createTeam(asUser(admin), { slug: "Bad Slug!", name: "x" })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });
});

describe("changing one's own password", () => {
  it("needs the current password and ends the user's other sessions", async () => {
    const user = await createTestUser(t.db, { passwordHash: await hashPassword("old-password-1") });
    const first = await login(anon(t.db, { ip: "203.0.113.50" }), {
      email: user.email,
      password: "old-password-1",
    });
    const second = await login(anon(t.db, { ip: "203.0.113.51" }), {
      email: user.email,
      password: "old-password-1",
    });
    const ctx = createContext(t.db, await resolveSession(t.db, second.sessionId));
    await expect(
      changeOwnPassword(ctx, { currentPassword: "wrong", newPassword: "new-password-1" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(
      changeOwnPassword(ctx, { currentPassword: "old-password-1", newPassword: "short" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    await changeOwnPassword(ctx, { currentPassword: "old-password-1", newPassword: "new-password-1" });
    await expect(resolveSession(t.db, first.sessionId)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(resolveSession(t.db, second.sessionId)).resolves.toBeTruthy();
    await expect(
      login(anon(t.db, { ip: "203.0.113.52" }), { email: user.email, password: "new-password-1" }),
    ).resolves.toBeTruthy();
  });
});
