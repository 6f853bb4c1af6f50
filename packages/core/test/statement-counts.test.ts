/**
 * SQL statements per request are a budget, not an accident: the hottest read (resolve) is one
 * statement after authentication, and lists send the same number of statements whatever their
 * page size (no N+1). Counted with the same drizzle logger the app's `x-sql-statements` uses.
 */
import { countStatements } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createApiToken,
  createContext,
  createModel,
  listAuditEvents,
  listVersions,
  registerVersion,
  resolveApiToken,
  resolveModelRef,
  revokeApiToken,
  type ServiceContext,
  searchModels,
  setAlias,
} from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
let ctx: ServiceContext;
let team: { id: string; slug: string };
const MODELS = 12;
const VERSIONS = 12;

async function statements(fn: () => Promise<unknown>) {
  return (await countStatements(fn)).statements;
}

beforeAll(async () => {
  team = await createTestTeam(t.db);
  const user = await createTestUser(t.db);
  await addTestMember(t.db, team.id, user.id, "maintainer");
  ctx = createContext(t.db, {
    type: "user",
    userId: user.id,
    name: user.name,
    email: user.email,
    orgRole: "member",
    teamRoles: { [team.id]: "maintainer" },
  });
  for (let m = 0; m < MODELS; m++) {
    const ref = { team: team.slug, name: `m-${m}` };
    await createModel(ctx, { ...ref, tags: { domain: "fraud", tier: "1", framework: "xgb" } });
    for (let v = 1; v <= (m === 0 ? VERSIONS : 1); v++) {
      await registerVersion(ctx, ref, {
        metrics: [
          { key: "auc", value: 0.9 },
          { key: "f1", value: 0.8 },
        ],
        externalArtifacts: [{ path: "model.onnx", uri: `s3://bucket/m-${m}/${v}` }],
      });
    }
    await setAlias(ctx, ref, { alias: "challenger", version: 1 });
  }
}, 60_000);

describe("SQL statements per request", () => {
  it("resolve is one statement for an alias, a number and latest", async () => {
    for (const ref of [`${team.slug}/m-0@challenger`, `${team.slug}/m-0/3`, `${team.slug}/m-0@latest`]) {
      expect(await statements(() => resolveModelRef(ctx, ref)), ref).toBe(1);
    }
    const resolved = await resolveModelRef(ctx, `${team.slug}/m-0@latest`);
    expect(resolved).toMatchObject({ version: VERSIONS, stage: "none", status: "ready" });
    expect(resolved.artifacts).toEqual([
      expect.objectContaining({ path: "model.onnx", uri: `s3://bucket/m-0/${VERSIONS}`, external: true }),
    ]);
  });

  it("a token is authenticated in one statement (its last-use time is written at most once a minute)", async () => {
    const { token } = await createApiToken(ctx, { teamId: team.id, name: "ci", role: "viewer" });
    const now = new Date();
    expect(await statements(() => resolveApiToken(t.db, token, now))).toBe(2); // first use: + last_used_at
    expect(await statements(() => resolveApiToken(t.db, token, new Date(now.getTime() + 1000)))).toBe(1);
  });

  it("lists send as many statements for 2 rows as for 12", async () => {
    const ref = { team: team.slug, name: "m-0" };
    const versionsSmall = await statements(() => listVersions(ctx, ref, { limit: 2 }));
    const versionsLarge = await statements(() => listVersions(ctx, ref, { limit: VERSIONS }));
    expect(versionsLarge).toBe(versionsSmall);
    const tags = ["domain=fraud", "tier=1", "framework=xgb"];
    const searchSmall = await statements(() => searchModels(ctx, { tags, limit: 2 }));
    const searchLarge = await statements(() => searchModels(ctx, { tags, limit: MODELS }));
    expect(searchLarge).toBe(searchSmall);
    expect((await searchModels(ctx, { tags, limit: MODELS })).items).toHaveLength(MODELS);
    const auditSmall = await statements(() => listAuditEvents(ctx, { team: team.slug }, { limit: 2 }));
    const auditLarge = await statements(() => listAuditEvents(ctx, { team: team.slug }, { limit: 40 }));
    expect(auditLarge).toBe(auditSmall);
  });

  it("a registration is a fixed number of statements, however many versions the model has", async () => {
    const ref = { team: team.slug, name: "m-1" };
    const first = await statements(() => registerVersion(ctx, ref, { metrics: [{ key: "auc", value: 1 }] }));
    const big = await statements(() =>
      registerVersion(ctx, { team: team.slug, name: "m-0" }, { metrics: [{ key: "auc", value: 1 }] }),
    );
    expect(big).toBe(first);
  });
});

describe.runIf(!process.env.TEST_DATABASE_URL)("embedded read cache (one writer: this process)", () => {
  it("answers resolve and token lookups from memory until anything is written, never stale", async () => {
    const ref = `${team.slug}/m-2@challenger`;
    await resolveModelRef(ctx, ref);
    expect(await statements(() => resolveModelRef(ctx, ref))).toBe(0);
    await setAlias(ctx, { team: team.slug, name: "m-2" }, { alias: "challenger", version: 1 });
    await registerVersion(ctx, { team: team.slug, name: "m-2" }, {});
    await setAlias(ctx, { team: team.slug, name: "m-2" }, { alias: "challenger", version: 2 });
    expect((await resolveModelRef(ctx, ref)).version).toBe(2);

    const { token, id } = await createApiToken(ctx, { teamId: team.id, name: "cached", role: "viewer" });
    await resolveApiToken(t.db, token); // first use writes last_used_at: a write, so the next reads
    await resolveApiToken(t.db, token);
    expect(await statements(() => resolveApiToken(t.db, token))).toBe(0);
    await revokeApiToken(ctx, { tokenId: id });
    await expect(resolveApiToken(t.db, token)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
