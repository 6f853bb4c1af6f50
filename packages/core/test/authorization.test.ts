/**
 * Generated from the permission table: every role × every permission × own/other team × credential
 * (session, token), through the real authorize() every service calls, with actors resolved from
 * real sessions and tokens. The expected matrix below is written out independently on purpose:
 * a permission added to the table without a row here fails the suite.
 */
import type { Database, OrgRole, TeamRole } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Actor,
  addMember,
  allTeamPermissions,
  authorize,
  can,
  createApiToken,
  createContext,
  getTeamWithMembers,
  hashPassword,
  login,
  resolveApiToken,
  resolveSession,
  type ServiceContext,
  type TeamPermission,
} from "../src";
import { anon, useTestDb } from "./helpers";

const t = useTestDb();

type Persona = "viewer" | "contributor" | "reviewer" | "maintainer" | "auditor" | "admin" | "non-member";
const personas: Record<Persona, { teamRole?: TeamRole; orgRole: OrgRole }> = {
  viewer: { teamRole: "viewer", orgRole: "member" },
  contributor: { teamRole: "contributor", orgRole: "member" },
  reviewer: { teamRole: "reviewer", orgRole: "member" },
  maintainer: { teamRole: "maintainer", orgRole: "member" },
  auditor: { orgRole: "auditor" },
  admin: { orgRole: "admin" },
  "non-member": { orgRole: "member" },
};

const V = "viewer",
  C = "contributor",
  R = "reviewer",
  M = "maintainer";
/** Who is allowed, by session, in their own team. Org roles apply to every team. */
const expected: Record<TeamPermission, readonly Persona[]> = {
  "team.read": [V, C, R, M, "auditor", "admin"],
  "model.read": [V, C, R, M, "auditor", "admin"],
  "model.create": [C, R, M],
  "model.update": [C, R, M],
  "version.register": [C, R, M],
  "artifact.upload": [C, R, M],
  "metric.log": [C, R, M],
  "alias.set": [C, R, M],
  "transition.request": [C, R, M],
  "comment.create": [C, R, M],
  "transition.decide": [R, M],
  "member.manage": [M, "admin"],
  "policy.manage": [M],
  "alias.protect": [M],
  "webhook.manage": [M],
  "model.archive": [M],
  "metric.define": [M],
  "team.audit": [M, "auditor", "admin"],
};
const orgWide = (p: Persona) => p === "auditor" || p === "admin";
/** A token carries min(role, contributor), never org grants, never decides. */
const tokenAllowed: Record<TeamPermission, boolean> = Object.fromEntries(
  allTeamPermissions.map((p) => [p, expected[p].includes(C) && p !== "transition.decide"]),
) as Record<TeamPermission, boolean>;

type Outcome = "allow" | "not_found" | "forbidden";
async function outcome(ctx: ServiceContext, permission: TeamPermission, teamId: string): Promise<Outcome> {
  try {
    await authorize(ctx, permission, { teamId });
    return "allow";
  } catch (e) {
    return (e as { code: Outcome }).code;
  }
}

const PASSWORD = "matrix-password-1";
const actors = {} as Record<Persona, { session: Actor; token?: Actor }>;
let ownTeam: string;
let ownSlug: string;
let otherTeam: string;

beforeAll(async () => {
  const db: Database = t.db;
  const own = await createTestTeam(db);
  ownTeam = own.id;
  ownSlug = own.slug;
  otherTeam = (await createTestTeam(db)).id;
  const passwordHash = await hashPassword(PASSWORD);
  for (const [name, p] of Object.entries(personas) as [Persona, (typeof personas)[Persona]][]) {
    const user = await createTestUser(db, { orgRole: p.orgRole, passwordHash });
    if (p.teamRole) await addTestMember(db, ownTeam, user.id, p.teamRole);
    const { sessionId } = await login(anon(db, { ip: `192.0.2.${Object.keys(actors).length + 1}` }), {
      email: user.email,
      password: PASSWORD,
    });
    const session = await resolveSession(db, sessionId);
    actors[name] = { session };
    if (p.teamRole) {
      const role = p.teamRole === "viewer" ? "viewer" : "contributor";
      const { token } = await createApiToken(createContext(db, session), {
        teamId: ownTeam,
        name: "matrix",
        role,
      });
      actors[name].token = await resolveApiToken(db, token);
    }
  }
});

describe("the expected matrix covers the permission table exactly", () => {
  it("has one row per permission", () => {
    expect(Object.keys(expected).sort()).toEqual([...allTeamPermissions].sort());
  });
});

const cases: [Persona, TeamPermission, "own" | "other"][] = [];
for (const persona of Object.keys(personas) as Persona[])
  for (const permission of allTeamPermissions)
    for (const team of ["own", "other"] as const) cases.push([persona, permission, team]);

describe("session credential", () => {
  it.each(cases)("%s · %s · %s team", async (persona, permission, team) => {
    const ctx = createContext(t.db, actors[persona].session);
    const teamId = team === "own" ? ownTeam : otherTeam;
    const member = team === "own" && personas[persona].teamRole !== undefined;
    const allowed = expected[permission].includes(persona) && (member || orgWide(persona));
    const canRead = expected["team.read"].includes(persona) && (member || orgWide(persona));
    expect(await outcome(ctx, permission, teamId)).toBe(
      allowed ? "allow" : canRead ? "forbidden" : "not_found",
    );
  });
});

describe("API token credential", () => {
  it.each(cases)("%s · %s · %s team", async (persona, permission, team) => {
    const token = actors[persona].token;
    if (!token) {
      // Org roles without a membership cannot be issued a token at all.
      const ctx = createContext(t.db, actors[persona].session);
      await expect(createApiToken(ctx, { teamId: ownTeam, name: "x", role: "viewer" })).rejects.toMatchObject(
        {
          code: orgWide(persona) ? "forbidden" : "not_found",
        },
      );
      return;
    }
    const ctx = createContext(t.db, token);
    const teamId = team === "own" ? ownTeam : otherTeam;
    const roleAllows = persona === "viewer" ? expected[permission].includes(V) : tokenAllowed[permission];
    const want: Outcome = team === "other" ? "not_found" : roleAllows ? "allow" : "forbidden";
    expect(await outcome(ctx, permission, teamId)).toBe(want);
    expect(can(ctx, permission, teamId)).toBe(want === "allow");
  });
});

describe("through real services", () => {
  it("team.read: getTeamWithMembers — members, auditor and admin read; others get not_found", async () => {
    const rows: string[] = [];
    for (const persona of Object.keys(personas) as Persona[]) {
      const ctx = createContext(t.db, actors[persona].session);
      const result = await getTeamWithMembers(ctx, ownSlug).then(
        () => "allow",
        (e) => e.code,
      );
      rows.push(`${persona}:${result}`);
    }
    expect(rows).toEqual([
      "viewer:allow",
      "contributor:allow",
      "reviewer:allow",
      "maintainer:allow",
      "auditor:allow",
      "admin:allow",
      "non-member:not_found",
    ]);
  });

  it("member.manage: addMember — maintainer and admin succeed, reviewer is forbidden, a token never", async () => {
    for (const [persona, want] of [
      ["maintainer", "allow"],
      ["admin", "allow"],
      ["reviewer", "forbidden"],
      ["auditor", "forbidden"],
      ["non-member", "not_found"],
    ] as const) {
      const newcomer = await createTestUser(t.db);
      const ctx = createContext(t.db, actors[persona].session);
      const got = await addMember(ctx, { teamId: ownTeam, userId: newcomer.id, role: "viewer" }).then(
        () => "allow",
        (e) => e.code,
      );
      expect(`${persona}:${got}`).toBe(`${persona}:${want}`);
    }
    const newcomer = await createTestUser(t.db);
    const tokenCtx = createContext(t.db, actors.maintainer.token!);
    await expect(
      addMember(tokenCtx, { teamId: ownTeam, userId: newcomer.id, role: "viewer" }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
