import { aliasChanges, asc, auditEvents, eq, registeredModels } from "@modelgate/db";
import { addTestMember, createTestTeam, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createContext,
  createModel,
  decideTransition,
  deleteAlias,
  hashPassword,
  INVENTORY_CSV_HEADER,
  type InventoryRow,
  inventoryCsv,
  modelInventory,
  modelTimeline,
  productionAsOf,
  registerVersion,
  requestTransition,
  type ServiceContext,
  setAlias,
  setModelArchived,
} from "../src";
import { anon, useTestDb } from "./helpers";

const t = useTestDb();
const PW = "signing-password-1";
type Role = "viewer" | "contributor" | "reviewer" | "maintainer";

let team: { id: string; slug: string };
let otherTeam: { id: string; slug: string };
const people = {} as Record<"alice" | "rev1" | "rev2" | "boss" | "auditor" | "outsider", ServiceContext>;
const names = {} as Record<keyof typeof people, string>;

async function person(
  key: keyof typeof people,
  teamRoles: [{ id: string }, Role][],
  orgRole: "member" | "auditor" = "member",
  name?: string,
) {
  const u = await createTestUser(t.db, { passwordHash: await hashPassword(PW), orgRole, name });
  for (const [tm, role] of teamRoles) await addTestMember(t.db, tm.id, u.id, role);
  names[key] = u.name;
  people[key] = createContext(t.db, {
    type: "user",
    userId: u.id,
    name: u.name,
    email: u.email,
    orgRole,
    teamRoles: Object.fromEntries(teamRoles.map(([tm, role]) => [tm.id, role])),
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** An instant strictly between what happened before and what happens after. */
async function instant() {
  await sleep(15);
  const at = new Date();
  await sleep(15);
  return at;
}
const approve = (who: ServiceContext, requestId: string) =>
  decideTransition(who, { requestId, decision: "approve", reason: "looks good", password: PW });

async function stage(ref: { team: string; name: string }, version: number) {
  const r = await requestTransition(people.alice, {
    ...ref,
    version,
    toStage: "staging",
    reason: "validate",
  });
  await approve(people.rev1, r.id);
  return r.id;
}
async function production(ref: { team: string; name: string }, version: number, reason: string) {
  const r = await requestTransition(people.alice, { ...ref, version, toStage: "production", reason });
  await approve(people.rev1, r.id);
  await approve(people.rev2, r.id);
  return r.id;
}

// One story, told once: a model is created, v1 promoted, challenger set to v2, v2 promoted,
// challenger deleted — with an instant captured between each step.
const ref = { team: "", name: `scorer-${Date.now() % 100000}` };
const at = {} as Record<
  "beforeModel" | "beforePromotion" | "v1Live" | "challengerSet" | "v2Live" | "end",
  Date
>;
const requests = {} as Record<"s1" | "p1" | "s2" | "p2", string>;
let modelId: string;

beforeAll(async () => {
  team = await createTestTeam(t.db);
  otherTeam = await createTestTeam(t.db);
  ref.team = team.slug;
  await person("alice", [[team, "contributor"]]);
  await person("rev1", [[team, "reviewer"]]);
  await person("rev2", [[team, "reviewer"]]);
  await person("boss", [[team, "maintainer"]]);
  await person("auditor", [], "auditor");
  await person("outsider", [[otherTeam, "maintainer"]]);

  at.beforeModel = await instant();
  const m = await createModel(people.alice, { ...ref, modelCard: "# Card" });
  modelId = m.id;
  for (const auc of [0.9, 0.92, 0.95]) {
    await registerVersion(people.alice, ref, {
      metrics: [{ key: "auc", value: auc }],
      lineage: { datasetName: "tx", datasetVersion: String(auc) },
    });
  }
  at.beforePromotion = await instant();
  requests.s1 = await stage(ref, 1);
  requests.p1 = await production(ref, 1, "v1 validated on Q1 data");
  at.v1Live = await instant();
  await setAlias(people.alice, ref, { alias: "challenger", version: 2 });
  at.challengerSet = await instant();
  requests.s2 = await stage(ref, 2);
  requests.p2 = await production(ref, 2, "v2 beats v1 on auc");
  at.v2Live = await instant();
  await deleteAlias(people.alice, ref, "challenger");
  at.end = await instant();
});

const rowOf = async (who: ServiceContext, when: Date) =>
  (await productionAsOf(who, when)).find((r) => r.fullName === `${ref.team}/${ref.name}`);

describe("productionAsOf", () => {
  it("answers from the history at each instant", async () => {
    expect(await rowOf(people.auditor, at.beforeModel)).toBeUndefined();
    expect(await rowOf(people.auditor, at.beforePromotion)).toMatchObject({
      productionVersion: null,
      productionSince: null,
      aliases: [],
    });
    expect(await rowOf(people.auditor, at.v1Live)).toMatchObject({
      team: ref.team,
      name: ref.name,
      productionVersion: 1,
      aliases: [{ alias: "champion", version: 1 }],
    });
    expect((await rowOf(people.auditor, at.challengerSet))?.aliases).toEqual([
      { alias: "champion", version: 1 },
      { alias: "challenger", version: 2 },
    ]);
    const v2 = await rowOf(people.auditor, at.v2Live);
    expect(v2).toMatchObject({
      productionVersion: 2,
      aliases: [
        { alias: "champion", version: 2 },
        { alias: "challenger", version: 2 },
      ],
    });
    expect(v2!.productionSince!.getTime()).toBeGreaterThan(at.challengerSet.getTime());
    expect(v2!.productionSince!.getTime()).toBeLessThan(at.v2Live.getTime());
    expect(await rowOf(people.auditor, at.end)).toMatchObject({
      productionVersion: 2,
      aliases: [{ alias: "champion", version: 2 }],
    });
  });

  it("is scoped: members see their teams, another team's member sees nothing of this one", async () => {
    expect(await rowOf(people.alice, at.end)).toBeDefined();
    const outsider = await productionAsOf(people.outsider, at.end);
    expect(outsider.some((r) => r.team === ref.team)).toBe(false);
    await expect(productionAsOf(anon(t.db), at.end)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(productionAsOf(people.auditor, new Date("nope"))).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("every alias change is recorded with its actor, and audit events name the model", async () => {
    const changes = await t.db
      .select()
      .from(aliasChanges)
      .where(eq(aliasChanges.modelId, modelId))
      .orderBy(asc(aliasChanges.seq));
    expect(changes.map((c) => [c.alias, c.actorName, c.requestId !== null])).toEqual([
      ["champion", names.rev2, true],
      ["challenger", names.alice, false],
      ["champion", names.rev2, true],
      ["challenger", names.alice, false],
    ]);
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.modelId, modelId));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "model.created",
        "version.registered",
        "transition.requested",
        "transition.approved",
        "transition.applied",
        "alias.moved",
        "alias.set",
        "alias.deleted",
      ]),
    );
  });
});

describe("modelTimeline", () => {
  it("merges stage and alias changes newest first, with who, why and the signatures", async () => {
    const { model, entries, rollbackCandidate } = await modelTimeline(people.alice, ref);
    expect(model).toBe(`${ref.team}/${ref.name}`);
    expect(rollbackCandidate).toBe(1);
    const summary = entries.map((e) =>
      e.kind === "stage"
        ? `v${e.version} ${e.fromStage}→${e.toStage}`
        : `${e.alias} ${e.fromVersion ?? "-"}→${e.toVersion ?? "-"}`,
    );
    expect(summary).toEqual([
      "challenger 2→-",
      "champion 1→2",
      "v2 staging→production",
      "v1 production→archived",
      "v2 none→staging",
      "challenger -→2",
      "champion -→1",
      "v1 staging→production",
      "v1 none→staging",
    ]);
    for (let i = 1; i < entries.length; i++)
      expect(entries[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(entries[i]!.at.getTime());

    const [deleted, champion2, v2prod] = entries;
    expect(deleted).toMatchObject({ by: names.alice, requestId: null, reason: null, signatures: [] });
    expect(champion2).toMatchObject({
      requestId: requests.p2,
      by: names.alice,
      reason: "v2 beats v1 on auc",
    });
    expect(v2prod).toMatchObject({ requestId: requests.p2, by: names.alice, reason: "v2 beats v1 on auc" });
    expect(v2prod!.signatures.map((s) => [s.reviewerName, s.decision, s.reason])).toEqual([
      [names.rev1, "approve", "looks good"],
      [names.rev2, "approve", "looks good"],
    ]);
    expect(v2prod!.signatures[0]!.meaning).toBe(
      `Approve promotion of ${ref.team}/${ref.name} v2 to production`,
    );
    expect(v2prod!.signatures[0]!.versionContentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v2prod!.signatures[0]!.signedAt).toBeInstanceOf(Date);
    expect(entries.at(-1)).toMatchObject({ requestId: requests.s1, reason: "validate" });
    expect(entries.at(-1)!.signatures.map((s) => s.reviewerName)).toEqual([names.rev1]);
  });

  it("another team's member gets not found", async () => {
    await expect(modelTimeline(people.outsider, ref)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("modelInventory", () => {
  it("lists every readable model, archived included, with champion, last approval and evidence", async () => {
    const formulaOwner = '=HYPERLINK("http://evil.test","Doe, Jane")';
    const u = await createTestUser(t.db, { name: formulaOwner });
    await addTestMember(t.db, team.id, u.id, "contributor");
    const owner = createContext(t.db, {
      type: "user",
      userId: u.id,
      name: u.name,
      email: u.email,
      orgRole: "member",
      teamRoles: { [team.id]: "contributor" },
    });
    const shelved = { team: ref.team, name: `shelved-${Date.now() % 100000}` };
    await createModel(owner, shelved);
    await setModelArchived(people.boss, shelved, true);

    const rows = await modelInventory(people.auditor);
    const row = rows.find((r) => r.fullName === `${ref.team}/${ref.name}`)!;
    expect(row).toMatchObject({
      team: ref.team,
      name: ref.name,
      archived: false,
      owner: names.alice,
      championVersion: 2,
      championStage: "production",
      latestVersion: 3,
      lastApproval: {
        requestId: requests.p2,
        change: `promotion of ${ref.team}/${ref.name} v2 to production`,
      },
      lastValidation: { requestId: requests.p2, version: 2 },
    });
    expect(row.lastApproval!.approvers.map((a) => a.name)).toEqual([names.rev1, names.rev2]);
    expect(row.lastValidation!.gatesAtRequest.map((g) => [g.label, g.passed])).toEqual([
      ["model card present", true],
      ["dataset recorded", true],
      ["security scan clean", true],
    ]);
    const archived = rows.find((r) => r.fullName === `${shelved.team}/${shelved.name}`)!;
    expect(archived).toMatchObject({
      archived: true,
      owner: formulaOwner,
      championVersion: null,
      latestVersion: null,
      lastApproval: null,
      lastValidation: null,
    });

    // The team's member sees the same rows; another team's member none of them.
    expect((await modelInventory(people.alice)).map((r) => r.fullName)).toEqual(
      rows.filter((r) => r.team === ref.team).map((r) => r.fullName),
    );
    expect((await modelInventory(people.outsider)).some((r) => r.team === ref.team)).toBe(false);

    const csv = inventoryCsv([row, archived]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(INVENTORY_CSV_HEADER.map((h) => (h.includes(",") ? `"${h}"` : h)).join(","));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(lines[1]).toContain(`${ref.team},${ref.name},no,${names.alice},2,production,3,`);
    expect(lines[1]).toContain(`,${names.rev1}; ${names.rev2},`);
    expect(lines[1]).toContain("model card present: passed (");
    // RFC 4180 quoting, and the formula neutralised by a leading quote.
    expect(lines[2]).toContain(`,yes,"'=HYPERLINK(""http://evil.test"",""Doe, Jane"")",,,,`);
  });

  it("quotes and neutralises every cell, not just the owner", () => {
    const base: InventoryRow = {
      modelId: "m",
      team: "+team",
      teamName: "T",
      name: "@name",
      fullName: "+team/@name",
      archived: false,
      owner: "-1+1",
      championVersion: null,
      championStage: null,
      latestVersion: null,
      lastApproval: {
        requestId: "r",
        change: 'say "hi"\nbye',
        appliedAt: new Date("2025-01-02T03:04:05.678Z"),
        approvers: [],
      },
      lastValidation: null,
      createdAt: new Date("2025-01-01T00:00:00.000Z"),
      updatedAt: new Date("2025-01-01T00:00:00.000Z"),
    };
    const [, line] = inventoryCsv([base]).split("\r\n");
    expect(line).toBe(
      `'+team,'@name,no,'-1+1,,,,"say ""hi""\nbye",none required,2025-01-02T03:04:05.678Z,,,,,2025-01-01T00:00:00.000Z,2025-01-01T00:00:00.000Z`,
    );
  });
});

it("models created later are absent from an earlier as-of, present after", async () => {
  const [m] = await t.db.select().from(registeredModels).where(eq(registeredModels.id, modelId));
  expect(m!.createdAt.getTime()).toBeGreaterThan(at.beforeModel.getTime());
  expect(await rowOf(people.boss, at.beforeModel)).toBeUndefined();
  expect(await rowOf(people.boss, at.beforePromotion)).toBeDefined();
});
