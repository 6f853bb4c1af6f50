import { auditEvents, eq, modelVersions, transitionRequests } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addComment,
  cancelTransition,
  createApiToken,
  createContext,
  createModel,
  decideTransition,
  expireDueRequests,
  getRequest,
  hashPassword,
  listRequests,
  modelTimeline,
  registerVersion,
  requestTransition,
  resolveApiToken,
  resolveModelRef,
  type ServiceContext,
  setPolicy,
  systemContext,
  updateModel,
} from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
const PW = "signing-password-1";
type Role = "viewer" | "contributor" | "reviewer" | "maintainer";

let team: { id: string; slug: string };
const people = {} as Record<
  "alice" | "rev1" | "rev2" | "boss" | "admin",
  ServiceContext & { userId: string }
>;

async function person(role: Role | null, orgRole: "member" | "admin" = "member") {
  const u = await createTestUser(t.db, { passwordHash: await hashPassword(PW), orgRole });
  if (role) await addTestMember(t.db, team.id, u.id, role);
  const ctx = createContext(t.db, {
    type: "user",
    userId: u.id,
    name: u.name,
    email: u.email,
    orgRole,
    teamRoles: role ? { [team.id]: role } : {},
  });
  return Object.assign(ctx, { userId: u.id });
}

beforeAll(async () => {
  team = await createTestTeam(t.db);
  people.alice = await person("contributor");
  people.rev1 = await person("reviewer");
  people.rev2 = await person("reviewer");
  people.boss = await person("maintainer");
  // An org admin who is also a reviewer in the team: not above the four-eyes rule.
  people.admin = await person("reviewer", "admin");
});

let n = 0;
/** A model with a card and `count` ready versions registered by alice, with auc metrics. */
async function model(count = 2, aucs = [0.9, 0.92, 0.95, 0.96]) {
  const name = `m-${++n}-${Date.now() % 100000}`;
  await createModel(people.alice, { team: team.slug, name, modelCard: "# Card" });
  for (let i = 0; i < count; i++) {
    await registerVersion(
      people.alice,
      { team: team.slug, name },
      {
        metrics: [{ key: "auc", value: aucs[i]! }],
        lineage: { datasetName: "tx", datasetVersion: `v${i}` },
      },
    );
  }
  return { team: team.slug, name };
}
const approve = (who: ServiceContext, requestId: string, reason = "looks good") =>
  decideTransition(who, { requestId, decision: "approve", reason, password: PW });

async function toProduction(ref: { team: string; name: string }, version: number) {
  const s = await requestTransition(people.alice, {
    ...ref,
    version,
    toStage: "staging",
    reason: "validate",
  });
  await approve(people.rev1, s.id);
  const p = await requestTransition(people.alice, { ...ref, version, toStage: "production", reason: "ship" });
  await approve(people.rev1, p.id);
  await approve(people.rev2, p.id);
  return p.id;
}

describe("promotion flow with the default policies", () => {
  it("staging needs 1 approval, production 2 with evidence gates; champion follows production", async () => {
    const ref = await model();
    const s = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "ready for validation",
    });
    expect(s).toMatchObject({ status: "pending", fromStage: "none", toStage: "staging" });
    expect((await approve(people.rev1, s.id)).status).toBe("applied");

    const p = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "production",
      reason: "validated",
    });
    expect(p.gateResults.map((g) => [g.label, g.passed, g.actual])).toEqual([
      ["model card present", true, expect.any(String)],
      ["dataset recorded", true, expect.any(String)],
      // On by default for production; a version with no artifacts has nothing unsafe.
      ["security scan clean", true, "no artifacts"],
    ]);
    expect((await approve(people.rev1, p.id)).status).toBe("pending");
    const done = await approve(people.rev2, p.id);
    expect(done.status).toBe("applied");
    expect(done.meaning).toBe(`Approve promotion of ${ref.team}/${ref.name} v1 to production`);
    expect((await resolveModelRef(people.alice, `${ref.team}/${ref.name}@champion`)).version).toBe(1);

    const detail = await getRequest(people.rev1, p.id);
    expect(detail.decisions.map((d) => [d.reviewerName, d.decision])).toHaveLength(2);
    expect(detail.decisions[0]!.versionContentHash).toMatch(/^[0-9a-f]{64}$/);
    const events = (await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, p.id))).map(
      (e) => e.action,
    );
    expect(events).toEqual([
      "transition.requested",
      "transition.approved",
      "transition.approved",
      "transition.applied",
    ]);
  });

  it("promoting v2 archives v1 and moves champion; keepPrevious leaves it in staging", async () => {
    const ref = await model(3);
    await toProduction(ref, 1);
    await toProduction(ref, 2);
    const stageOf = async (v: number) =>
      (await resolveModelRef(people.alice, `${ref.team}/${ref.name}/${v}`)).stage;
    expect([await stageOf(1), await stageOf(2)]).toEqual(["archived", "production"]);
    const s = await requestTransition(people.alice, { ...ref, version: 3, toStage: "staging", reason: "x" });
    await approve(people.rev1, s.id);
    const p = await requestTransition(people.alice, {
      ...ref,
      version: 3,
      toStage: "production",
      reason: "x",
      archivePrevious: false,
    });
    await approve(people.rev1, p.id);
    await approve(people.rev2, p.id);
    expect([await stageOf(2), await stageOf(3)]).toEqual(["staging", "production"]);
    const { entries } = await modelTimeline(people.alice, ref);
    expect(entries.find((e) => e.kind === "stage")).toMatchObject({ version: 3, toStage: "production" });
  });
});

describe("refusals", () => {
  it("illegal transitions are refused with a clear error", async () => {
    const ref = await model(1);
    await expect(
      requestTransition(people.alice, { ...ref, version: 1, toStage: "production", reason: "skip" }),
    ).rejects.toMatchObject({
      code: "invalid_transition",
      message: "A version in none can move to staging or archived, not to production.",
    });
  });

  it("four-eyes: nobody decides on their own request, admins included; wrong password signs nothing", async () => {
    const ref = await model(1);
    const own = await requestTransition(people.admin, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "mine",
    });
    await expect(approve(people.admin, own.id)).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/four-eyes/),
    });
    await expect(
      decideTransition(people.rev1, { requestId: own.id, decision: "approve", password: "wrong" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      details: { fields: { password: ["Wrong password"] } },
    });
    await expect(
      decideTransition(people.rev1, { requestId: own.id, decision: "reject", password: PW }),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect((await getRequest(people.rev1, own.id)).decisions).toHaveLength(0);
  });

  it("the registrant may not approve by default; a contributor or viewer cannot decide", async () => {
    const ref = await model(1);
    const r = await requestTransition(people.rev1, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "by reviewer",
    });
    await expect(approve(people.alice, r.id)).rejects.toMatchObject({ code: "forbidden" });
    // rev1 registered nothing; rev2 may approve; alice (registrant, contributor) may not.
    expect((await approve(people.rev2, r.id)).status).toBe("applied");
  });

  it("API tokens can request but never decide", async () => {
    const ref = await model(1);
    const user = await createTestUser(t.db, { passwordHash: await hashPassword(PW) });
    await addTestMember(t.db, team.id, user.id, "maintainer");
    const session = createContext(t.db, {
      type: "user",
      userId: user.id,
      name: user.name,
      email: user.email,
      orgRole: "member",
      teamRoles: { [team.id]: "maintainer" },
    });
    const { token } = await createApiToken(session, { teamId: team.id, name: "ci", role: "contributor" });
    const ci = createContext(t.db, await resolveApiToken(t.db, token));
    const r = await requestTransition(ci, { ...ref, version: 1, toStage: "staging", reason: "from CI" });
    expect(r.viaTokenId).not.toBeNull();
    await expect(
      decideTransition(ci, { requestId: r.id, decision: "approve", password: PW }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("failing gates block approval and are shown with actual vs required", async () => {
    const ref = await model(2);
    await setPolicy(people.boss, {
      team: ref.team,
      model: ref.name,
      target: "staging",
      requiredApprovals: 1,
      gates: [{ type: "metric", key: "auc", op: ">=", threshold: 0.95 }],
    });
    const r = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "try",
    });
    expect(r.gateResults[0]).toMatchObject({
      label: "auc >= 0.95",
      passed: false,
      actual: "0.9",
      required: ">= 0.95",
    });
    await expect(approve(people.rev1, r.id)).rejects.toMatchObject({
      code: "gates_failed",
      message: expect.stringMatching(/Gates failing/),
    });
    const rejected = await decideTransition(people.rev1, {
      requestId: r.id,
      decision: "reject",
      reason: "auc too low",
      password: PW,
    });
    expect(rejected.status).toBe("rejected");
  });

  it("one open request per change; the requester can cancel; expired requests cannot be decided", async () => {
    const ref = await model(1);
    const r = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "one",
    });
    await expect(
      requestTransition(people.alice, { ...ref, version: 1, toStage: "staging", reason: "two" }),
    ).rejects.toMatchObject({
      code: "duplicate_request",
      details: { requestId: r.id },
    });
    await expect(cancelTransition(people.rev1, { requestId: r.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await cancelTransition(people.alice, { requestId: r.id })).status).toBe("cancelled");
    const again = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "three",
    });
    await t.db
      .update(transitionRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(transitionRequests.id, again.id));
    await expect(approve(people.rev1, again.id)).rejects.toMatchObject({
      code: "request_expired",
      message: expect.stringMatching(/expired/),
    });
    expect((await getRequest(people.rev1, again.id)).status).toBe("expired");
    expect(await expireDueRequests(systemContext(t.db))).toBe(0);
  });
});

describe("supersede and rollback", () => {
  it("a request whose premise changed is superseded, not silently applied", async () => {
    const ref = await model(3);
    await toProduction(ref, 1);
    for (const v of [2, 3]) {
      const s = await requestTransition(people.alice, {
        ...ref,
        version: v,
        toStage: "staging",
        reason: "x",
      });
      await approve(people.rev1, s.id);
    }
    const a = await requestTransition(people.alice, {
      ...ref,
      version: 2,
      toStage: "production",
      reason: "a",
    });
    const b = await requestTransition(people.alice, {
      ...ref,
      version: 3,
      toStage: "production",
      reason: "b",
    });
    await approve(people.rev1, a.id);
    await approve(people.rev1, b.id);
    expect((await approve(people.rev2, a.id)).status).toBe("applied");
    const late = await approve(people.rev2, b.id);
    expect(late.status).toBe("superseded");
    expect((await getRequest(people.rev1, b.id)).statusReason).toMatch(/champion changed to v2/);
  });

  it("rollback brings the previous champion back with 1 approval; metric gates waived; history says rollback", async () => {
    const ref = await model(2);
    await setPolicy(people.boss, {
      team: ref.team,
      model: ref.name,
      target: "rollback",
      requiredApprovals: 1,
      gates: [{ type: "metric", key: "auc", op: ">=", threshold: 0.99 }, { type: "model_card" }],
    });
    await toProduction(ref, 1);
    await toProduction(ref, 2);
    const { rollbackCandidate } = await modelTimeline(people.alice, ref);
    expect(rollbackCandidate).toBe(1);
    const r = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      rollback: true,
      reason: "v2 regressed in prod",
    });
    expect(r.gateResults.map((g) => g.label)).toEqual(["model card present"]);
    expect((await approve(people.rev1, r.id)).status).toBe("applied");
    expect((await resolveModelRef(people.alice, `${ref.team}/${ref.name}@champion`)).version).toBe(1);
    const { entries } = await modelTimeline(people.alice, ref);
    expect(entries.find((e) => e.kind === "stage")).toMatchObject({
      version: 1,
      toStage: "production",
      rollback: true,
    });
    await expect(
      requestTransition(people.alice, {
        ...(await model(1)),
        version: 1,
        rollback: true,
        reason: "never prod",
      }),
    ).rejects.toMatchObject({ code: "invalid_transition" });
  });
});

describe("inbox, comments, policies", () => {
  it("waiting-for-me excludes my own requests and ones I signed", async () => {
    const ref = await model(1);
    const r = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "inbox",
    });
    const waiting = (await listRequests(people.rev1, { view: "waiting" })).map((x) => x.id);
    expect(waiting).toContain(r.id);
    expect((await listRequests(people.alice, { view: "waiting" })).map((x) => x.id)).not.toContain(r.id);
    expect((await listRequests(people.alice, { view: "mine" })).map((x) => x.id)).toContain(r.id);
    const c = await addComment(people.rev1, { requestId: r.id }, { body: "Which dataset slice?" });
    await addComment(
      people.alice,
      { requestId: r.id },
      { body: "The **November** holdout.", parentId: c.id },
    );
    expect((await getRequest(people.rev2, r.id)).comments.map((x) => x.body)).toEqual([
      "Which dataset slice?",
      "The **November** holdout.",
    ]);
    const detail = await getRequest(people.alice, r.id);
    expect(detail.cannotDecideBecause).toMatch(/four-eyes/);
    expect(detail.canCancel).toBe(true);
  });

  it("only maintainers set policies; changes are audited; a request keeps the policy it was made under", async () => {
    const ref = await model(1);
    await expect(
      setPolicy(people.rev1, { team: ref.team, target: "staging", requiredApprovals: 0 }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await setPolicy(people.boss, {
      team: ref.team,
      model: ref.name,
      target: "staging",
      requiredApprovals: 0,
    });
    const r = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "staging",
      reason: "auto",
    });
    expect(r.status).toBe("applied");
    const [v] = await t.db.select().from(modelVersions).where(eq(modelVersions.id, r.versionId));
    expect(v!.stage).toBe("staging");
  });

  it("a card edited away after the request fails the gate at approval time", async () => {
    const ref = await model(1);
    const s = await requestTransition(people.alice, { ...ref, version: 1, toStage: "staging", reason: "x" });
    await approve(people.rev1, s.id);
    const p = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "production",
      reason: "x",
    });
    await approve(people.rev1, p.id);
    await updateModel(people.alice, ref, { modelCard: "" });
    await expect(approve(people.rev2, p.id)).rejects.toMatchObject({
      message: expect.stringMatching(/model card present/),
    });
    // The refreshed results are kept; the evidence as it was at request time is kept too.
    const [row] = await t.db.select().from(transitionRequests).where(eq(transitionRequests.id, p.id));
    const cardGate = (gates: unknown) =>
      (gates as { label: string; passed: boolean }[]).find((g) => g.label === "model card present")?.passed;
    expect(cardGate(row!.gateResults)).toBe(false);
    expect(cardGate(row!.gateResultsAtRequest)).toBe(true);
  });
});

describe("review hygiene", () => {
  it("wrong signature passwords are audited and throttled like logins", async () => {
    const ref = await model(1);
    const r = await requestTransition(people.alice, { ...ref, version: 1, toStage: "staging", reason: "x" });
    const signer = await person("reviewer");
    for (let i = 0; i < 5; i++) {
      await expect(
        decideTransition(signer, { requestId: r.id, decision: "approve", password: `guess-${i}` }),
      ).rejects.toMatchObject({
        code: "validation_failed",
      });
    }
    await expect(approve(signer, r.id)).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/Try again in \d+ s/),
    });
    const failed = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "transition.signature_failed"));
    expect(failed.filter((e) => e.entityId === r.id)).toHaveLength(5);
  });

  it("'waiting for me' lists only what I could sign; a pending request shows its gates as they stand now", async () => {
    const ref = await model(1);
    // rev1 registers; the default staging policy forbids the registrant from approving.
    await registerVersion(people.rev1, ref, { lineage: { datasetName: "d", datasetVersion: "1" } });
    const r = await requestTransition(people.alice, {
      ...ref,
      version: 2,
      toStage: "staging",
      reason: "by rev1's version",
    });
    expect((await listRequests(people.rev1, { view: "waiting" })).map((x) => x.id)).not.toContain(r.id);
    expect((await listRequests(people.rev2, { view: "waiting" })).map((x) => x.id)).toContain(r.id);

    await setPolicy(people.boss, {
      team: ref.team,
      model: ref.name,
      target: "archived",
      requiredApprovals: 1,
      gates: [{ type: "model_card" }],
    });
    await updateModel(people.alice, ref, { modelCard: "" });
    const a = await requestTransition(people.alice, {
      ...ref,
      version: 1,
      toStage: "archived",
      reason: "retire",
    });
    expect(a.gateResults[0]!.passed).toBe(false);
    await updateModel(people.alice, ref, { modelCard: "# Back" });
    const live = await getRequest(people.rev2, a.id);
    expect(live.gateResults[0]!.passed).toBe(true);
    expect(live.canApprove).toBe(true);
  });
});

describe("protected aliases", () => {
  it("a maintainer protects an alias; then it moves only through an approved request", async () => {
    const ref = await model(2);
    const { setAlias, setAliasProtection } = await import("../src");
    await setAlias(people.alice, ref, { alias: "canary", version: 1 });
    await expect(
      setAliasProtection(people.alice, ref, { alias: "canary", protected: true }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await setAliasProtection(people.boss, ref, { alias: "canary", protected: true })).toMatchObject({
      changed: true,
    });
    await expect(setAlias(people.alice, ref, { alias: "canary", version: 2 })).rejects.toMatchObject({
      code: "forbidden",
    });
    const r = await requestTransition(people.alice, {
      ...ref,
      version: 2,
      alias: "canary",
      reason: "move canary",
    });
    expect(r.kind).toBe("alias");
    expect((await approve(people.rev1, r.id)).status).toBe("applied");
    expect((await resolveModelRef(people.alice, `${ref.team}/${ref.name}@canary`)).version).toBe(2);
    await expect(
      setAliasProtection(people.boss, ref, { alias: "champion", protected: false }),
    ).rejects.toMatchObject({ code: "alias_protected" });
  });
});
