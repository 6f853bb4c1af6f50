import { and, eq, modelVersions, registeredModels, transitionRequests } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { describe, expect, it } from "vitest";
import {
  createContext,
  createModel,
  decideTransition,
  hashPassword,
  registerVersion,
  requestTransition,
  setPolicy,
} from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
const PW = "concurrency-pass-1";
const onServer = Boolean(process.env.TEST_DATABASE_URL);

async function setup(reviewers: number) {
  const team = await createTestTeam(t.db);
  const mk = async (role: "contributor" | "reviewer" | "maintainer") => {
    const u = await createTestUser(t.db, { passwordHash: await hashPassword(PW) });
    await addTestMember(t.db, team.id, u.id, role);
    return createContext(t.db, {
      type: "user",
      userId: u.id,
      name: u.name,
      email: u.email,
      orgRole: "member",
      teamRoles: { [team.id]: role },
    });
  };
  const alice = await mk("contributor");
  const boss = await mk("maintainer");
  const revs = [];
  for (let i = 0; i < reviewers; i++) revs.push(await mk("reviewer"));
  const name = "race";
  await createModel(alice, { team: team.slug, name, modelCard: "# c" });
  return { team, alice, boss, revs, ref: { team: team.slug, name } };
}

describe(`approvals under concurrency (${onServer ? "PostgreSQL" : "PGlite, serialized"})`, () => {
  it("two reviewers giving the last needed approval at once: applied exactly once", async () => {
    const { alice, boss, revs, ref } = await setup(3);
    await setPolicy(boss, { team: ref.team, target: "staging", requiredApprovals: 2 });
    await registerVersion(alice, ref, {});
    const r = await requestTransition(alice, { ...ref, version: 1, toStage: "staging", reason: "race" });
    await decideTransition(revs[0]!, { requestId: r.id, decision: "approve", password: PW });
    const results = await Promise.allSettled(
      [revs[1]!, revs[2]!].map((rev) =>
        decideTransition(rev, { requestId: r.id, decision: "approve", password: PW }),
      ),
    );
    const ok = results
      .filter((x) => x.status === "fulfilled")
      .map((x) => (x as PromiseFulfilledResult<{ status: string }>).value);
    const refused = results
      .filter((x) => x.status === "rejected")
      .map((x) => (x as PromiseRejectedResult).reason.code);
    // Either both signatures land and the second sees it applied already, or one is refused as closed.
    expect(ok.filter((x) => x.status === "applied")).toHaveLength(1);
    expect(refused.every((c) => c === "request_decided")).toBe(true);
    const [row] = await t.db.select().from(transitionRequests).where(eq(transitionRequests.id, r.id));
    expect(row!.status).toBe("applied");
  });

  it("two promotions to production approved at once: one applied, the other superseded; never two in production", async () => {
    const { alice, boss, revs, ref } = await setup(2);
    await setPolicy(boss, { team: ref.team, target: "staging", requiredApprovals: 0 });
    await setPolicy(boss, { team: ref.team, target: "production", requiredApprovals: 1 });
    for (const v of [1, 2]) {
      await registerVersion(alice, ref, { lineage: { datasetName: "d", datasetVersion: "1" } });
      await requestTransition(alice, { ...ref, version: v, toStage: "staging", reason: "auto" });
    }
    const a = await requestTransition(alice, { ...ref, version: 1, toStage: "production", reason: "a" });
    const b = await requestTransition(alice, { ...ref, version: 2, toStage: "production", reason: "b" });
    const results = await Promise.all([
      decideTransition(revs[0]!, { requestId: a.id, decision: "approve", password: PW }),
      decideTransition(revs[1]!, { requestId: b.id, decision: "approve", password: PW }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["applied", "superseded"]);
    const [model] = await t.db
      .select()
      .from(registeredModels)
      .where(and(eq(registeredModels.name, "race"), eq(registeredModels.id, a.modelId)));
    const prod = await t.db
      .select()
      .from(modelVersions)
      .where(and(eq(modelVersions.modelId, model!.id), eq(modelVersions.stage, "production")));
    expect(prod).toHaveLength(1);
  });
});
