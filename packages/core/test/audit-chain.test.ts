import { asc, auditChainHead, auditCheckpoints, auditEvents, eq, sql } from "@modelgate/db";
import { createTestUser } from "@modelgate/db/testing";
import { describe, expect, it } from "vitest";
import {
  type AuditEventFields,
  ChainVerifier,
  canonicalJson,
  createAuditCheckpoint,
  createContext,
  createTeam,
  eventHash,
  exportAuditEvents,
  GENESIS_HASH,
  generateAuditSigner,
  listAuditEvents,
  parsePublicKey,
  renameTeam,
  signCheckpoint,
  systemContext,
  verifyAuditChain,
  verifyCheckpoint,
  verifyExport,
  withTransaction,
} from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
const signer = generateAuditSigner();

const base: AuditEventFields = {
  seq: 1,
  at: "2026-11-27T10:00:00.000Z",
  actorType: "user",
  actorUserId: "00000000-0000-4000-8000-000000000001",
  actorTokenId: null,
  actorName: "Ada",
  action: "model.created",
  entityType: "model",
  entityId: "m1",
  teamId: null,
  modelId: null,
  before: null,
  after: { b: 1, a: [1, { d: 2, c: 3 }] },
  reason: null,
  requestId: "r1",
  ip: "192.0.2.1",
  userAgent: "ua",
};

describe("canonical JSON and event hashes (pure)", () => {
  it("sorts keys at every level, drops undefined members, keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined, b: null } })).toBe(
      '{"a":{"b":null,"d":[2,1]},"b":1}',
    );
    expect(canonicalJson("é\n")).toBe('"é\\n"');
  });

  it("hashes are stable under key order and change with any field or the previous hash", () => {
    const h = eventHash(base, GENESIS_HASH);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...base, after: { a: [1, { c: 3, d: 2 }], b: 1 } }, GENESIS_HASH)).toBe(h);
    for (const change of [
      { seq: 2 },
      { actorName: "Eve" },
      { after: { b: 2 } },
      { ip: null },
      { at: "2026-11-27T10:00:00.001Z" },
    ])
      expect(eventHash({ ...base, ...change }, GENESIS_HASH)).not.toBe(h);
    expect(eventHash(base, "f".repeat(64))).not.toBe(h);
  });

  it("the verifier names the first broken link", () => {
    const chain: (AuditEventFields & { prevHash: string; hash: string })[] = [];
    let prev = GENESIS_HASH;
    for (let i = 1; i <= 5; i++) {
      const e = { ...base, seq: i, entityId: `m${i}` };
      const hash = eventHash(e, prev);
      chain.push({ ...e, prevHash: prev, hash });
      prev = hash;
    }
    const run = (events: typeof chain) => {
      const v = new ChainVerifier();
      for (const e of events) v.push(e);
      return v.firstBreak;
    };
    expect(run(chain)).toBeNull();
    expect(run(chain.map((e) => (e.seq === 3 ? { ...e, actorName: "Mallory" } : e)))).toMatchObject({
      seq: 3,
      reason: expect.stringMatching(/edited/),
    });
    expect(run(chain.filter((e) => e.seq !== 2))).toMatchObject({
      seq: 3,
      reason: expect.stringMatching(/#2 missing/),
    });
    expect(run([chain[0]!, chain[2]!, chain[1]!])).toMatchObject({ seq: 3 });
  });

  it("checkpoints verify with the signer's public key only, and only for what was signed", () => {
    const c = signCheckpoint(signer.privateKey, signer.keyId, { seq: 7, hash: "a".repeat(64) }, new Date());
    const pub = parsePublicKey(signer.publicKeyPem);
    expect(verifyCheckpoint(pub, c)).toBe(true);
    expect(verifyCheckpoint(pub, { ...c, seq: 8 })).toBe(false);
    expect(verifyCheckpoint(generateAuditSigner().publicKey, c)).toBe(false);
  });
});

describe("the audit chain in the database", () => {
  const ctx = () => createContext(t.db, { type: "system", name: "Modelgate" }, {}, { auditSigner: signer });

  it("chains every event gaplessly from the head, and a full verification finds it intact", async () => {
    const team = await createTeam(ctx(), { slug: "chain-a", name: "Chain A" });
    await renameTeam(ctx(), { teamId: team.id, name: "Chain A2" });
    const events = await t.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    expect(events.length).toBeGreaterThanOrEqual(2);
    events.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      expect(e.prevHash).toBe(i === 0 ? GENESIS_HASH : events[i - 1]!.hash);
    });
    const [head] = await t.db.select().from(auditChainHead);
    expect(head).toMatchObject({ seq: events.at(-1)!.seq, hash: events.at(-1)!.hash });
    const result = await verifyAuditChain(ctx());
    expect(result).toMatchObject({ ok: true, verifiedThrough: head!.seq, firstBreak: null });
    const [recorded] = await listAuditEvents(ctx(), { action: "audit.verified" }).then((r) => r.events);
    expect(recorded?.after).toMatchObject({ ok: true, verifiedThrough: head!.seq });
  });

  it("concurrent writers never fork the chain (real parallelism on PostgreSQL)", async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        createTeam(ctx(), { slug: `concurrent-${i}`, name: `Concurrent ${i}` }),
      ),
    );
    const result = await verifyAuditChain(ctx());
    expect(result).toMatchObject({ ok: true, firstBreak: null });
    const teamEvents = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "team.created"));
    expect(
      teamEvents.filter(
        (e) =>
          e.entityType === "team" && String((e.after as { slug: string }).slug).startsWith("concurrent-"),
      ),
    ).toHaveLength(40);
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE of audit events and checkpoints", async () => {
    await createAuditCheckpoint(t.db, signer);
    for (const statement of [
      sql`update audit_events set actor_name = 'Mallory'`,
      sql`delete from audit_events where seq = 1`,
      sql`truncate audit_events`,
      sql`update audit_checkpoints set hash = 'x'`,
      sql`delete from audit_checkpoints`,
      sql`truncate audit_checkpoints`,
      sql`delete from audit_chain_head`,
      sql`update audit_chain_head set seq = 0`,
    ]) {
      const error = await t.db.execute(statement).then(
        () => null,
        (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
      );
      expect(error).toMatch(/append-only|only moves forward/);
    }
  });

  it("a rolled-back transaction leaves no event and does not move the head", async () => {
    const [before] = await t.db.select().from(auditChainHead);
    await expect(
      withTransaction(ctx(), async (tx) => {
        await createTeam(tx, { slug: "never", name: "Never" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const [after] = await t.db.select().from(auditChainHead);
    expect(after).toEqual(before);
  });

  it("checkpoints sign the head once; an export verifies offline and any edit is caught", async () => {
    const first = await createAuditCheckpoint(t.db, signer);
    expect(first.checkpoint).not.toBeNull();
    expect((await createAuditCheckpoint(t.db, signer)).checkpoint).toEqual(first.checkpoint);
    const lines: string[] = [];
    for await (const chunk of exportAuditEvents(ctx(), {}, "jsonl")) lines.push(chunk);
    const text = lines.join("");
    const pub = parsePublicKey(signer.publicKeyPem);
    const ok = await verifyExport(text.split("\n"), pub);
    expect(ok).toMatchObject({ ok: true, contiguous: true, problems: [] });
    expect(ok.checkpointsVerified).toBeGreaterThanOrEqual(1);
    const tampered = text.replace('"Chain A2"', '"Chain B2"');
    expect(tampered).not.toBe(text);
    expect((await verifyExport(tampered.split("\n"), pub)).ok).toBe(false);
    const cut = text.split("\n").slice(0, -3);
    expect((await verifyExport(cut, pub)).ok).toBe(false);
  });

  it("maintainers read only their team's slice; members without it are denied (and audited)", async () => {
    const teamA = await createTeam(ctx(), { slug: "slice-a", name: "Slice A" });
    await createTeam(ctx(), { slug: "slice-b", name: "Slice B" });
    const user = await createTestUser(t.db, { email: "maint@x.test" });
    const asRole = (role: "maintainer" | "reviewer") =>
      createContext(t.db, {
        type: "user",
        userId: user.id,
        name: "Maint",
        email: "maint@x.test",
        orgRole: "member",
        teamRoles: { [teamA.id]: role },
      });
    const { events } = await listAuditEvents(asRole("maintainer"));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.teamId === teamA.id)).toBe(true);
    await expect(listAuditEvents(asRole("maintainer"), { team: "slice-b" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listAuditEvents(asRole("reviewer"))).rejects.toMatchObject({ code: "forbidden" });
    const denial = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, user.id))
      .orderBy(asc(auditEvents.seq));
    expect(denial.map((e) => e.action)).toEqual(["authorization.denied", "authorization.denied"]);
  });

  it("keyset pages walk the whole trail without overlap", async () => {
    const seen: number[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await listAuditEvents(systemContext(t.db), {}, { limit: 3, beforeSeq });
      seen.push(...page.events.map((e) => e.seq));
      if (page.nextBeforeSeq === null) break;
      beforeSeq = page.nextBeforeSeq;
    }
    const [head] = await t.db.select().from(auditChainHead);
    expect(seen).toEqual(Array.from({ length: head!.seq }, (_, i) => head!.seq - i));
  });

  it("verification after a superuser edit names the first broken link; checkpoints catch a rewrite", async () => {
    // Bypass the trigger as the table owner would (the chain, not the trigger, is the last line).
    await t.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    try {
      await t.db.execute(sql`update audit_events set actor_name = 'Mallory' where seq = 2`);
      const broken = await verifyAuditChain(ctx());
      expect(broken).toMatchObject({ ok: false, firstBreak: { seq: 2 }, verifiedThrough: 1 });
    } finally {
      await t.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    }
    expect(await t.db.select().from(auditCheckpoints)).not.toHaveLength(0);
  });
});
