/**
 * Tamper evidence, tested the way an attacker would try it: ≥ 1,000 seeded random tamperings of a
 * signed JSONL export (verifyExport, offline) and of the audit table itself, bypassing the
 * append-only triggers as the table owner (verifyAuditChain). Every one must be detected.
 * The seed is printed; rerun one with TAMPER_SEED=<seed>.
 */
import { asc, auditChainHead, auditCheckpoints, auditEvents, type Database, sql } from "@modelgate/db";
import { addTestMember, createTestUser } from "@modelgate/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ChainedAuditEvent,
  createAuditCheckpoint,
  createContext,
  createModel,
  createTeam,
  ExportWriter,
  eventHash,
  exportAuditEvents,
  generateAuditSigner,
  logOnlineMetrics,
  parsePublicKey,
  registerVersion,
  type ServiceContext,
  setAlias,
  signCheckpoint,
  updateModel,
  updateVersion,
  verifyAuditChain,
  verifyExport,
} from "../src";
import { useTestDb } from "./helpers";

const t = useTestDb();
const signer = generateAuditSigner();
const publicKey = parsePublicKey(signer.publicKeyPem);
const SEED = Number(process.env.TAMPER_SEED ?? 0x5eed_a0d1);
const EXPORT_TAMPERINGS = 1500;
const DB_TAMPERINGS = 1000;
/** Stop the database loop early (and say so) rather than run for minutes on a slow machine. */
const DB_BUDGET_MS = 60_000;

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick };
}

const system = () =>
  createContext(
    t.db,
    { type: "system", name: "Modelgate" },
    { ip: "192.0.2.1", userAgent: "vitest" },
    { auditSigner: signer },
  );

async function exportText(filter: Parameters<typeof exportAuditEvents>[1] = {}) {
  let text = "";
  for await (const chunk of exportAuditEvents(system(), filter, "jsonl")) text += chunk;
  return text;
}
const linesOf = (text: string) => text.split("\n").slice(0, -1);
const verifyLines = (lines: string[]) => verifyExport(`${lines.join("\n")}\n`.split("\n"), publicKey);

let checkpointSeqs: number[] = [];

beforeAll(async () => {
  // A trail of a few hundred real events, through the services, by several people.
  const sys = system();
  const team = await createTeam(sys, { slug: "tamper", name: "Tamper" });
  await createTeam(sys, { slug: "tamper-other", name: "Tamper Other" });
  const people = await Promise.all(
    ["Carla Contributor", "Max Maintainer", "Vic Viewer"].map((name) => createTestUser(t.db, { name })),
  );
  const roles = ["contributor", "maintainer", "viewer"] as const;
  for (const [i, u] of people.entries()) await addTestMember(t.db, team.id, u.id, roles[i]!);
  const [contributor, maintainer, viewer] = people.map((u, i) =>
    createContext(
      t.db,
      {
        type: "user",
        userId: u.id,
        name: u.name,
        email: u.email,
        orgRole: "member",
        teamRoles: { [team.id]: roles[i]! },
      },
      { ip: `198.51.100.${10 + i}`, userAgent: `tamper-test/${i}` },
    ),
  ) as [ServiceContext, ServiceContext, ServiceContext];

  const MODELS = 32;
  for (let m = 1; m <= MODELS; m++) {
    const ref = { team: "tamper", name: `model-${m}` };
    await createModel(contributor, { ...ref, description: `model ${m}`, tags: { n: String(m) } });
    for (let v = 1; v <= 3; v++)
      await registerVersion(contributor, ref, {
        params: { lr: 0.1 / v, depth: v + 2 },
        metrics: [{ key: "auc", value: 0.8 + v / 100 }],
        lineage: { gitCommit: `abcdef${String(m * 10 + v).padStart(4, "0")}`, datasetName: "tx" },
      });
    await updateModel(maintainer, ref, { description: `model ${m}, reviewed` });
    await updateVersion(contributor, { ...ref, version: 2 }, { tags: { candidate: "yes" } });
    await setAlias(contributor, ref, { alias: "challenger", version: 2 });
    await logOnlineMetrics(
      contributor,
      { ...ref, version: 1 },
      { points: [{ key: "latency_ms", value: m }] },
    );
    // A denial is audited too.
    await createModel(viewer, { team: "tamper", name: `denied-${m}` }).catch(() => {});
    if (m === MODELS / 2) await createAuditCheckpoint(t.db, signer);
  }
  await createAuditCheckpoint(t.db, signer);
  // A short tail after the last checkpoint: the unsigned end of the chain.
  for (let m = 1; m <= 3; m++)
    await updateModel(maintainer, { team: "tamper", name: `model-${m}` }, { description: `tail ${m}` });
  checkpointSeqs = (await t.db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq))).map(
    (c) => c.seq,
  );
}, 120_000);

describe("exports: every random tampering is detected offline", () => {
  it(`the untouched export verifies; ${EXPORT_TAMPERINGS} random tamperings all fail`, async () => {
    const text = await exportText();
    const lines = linesOf(text);
    const clean = await verifyLines(lines);
    expect(clean).toMatchObject({ ok: true, contiguous: true, problems: [] });
    expect(clean.events).toBeGreaterThanOrEqual(250);
    expect(clean.checkpointsVerified).toBe(2);
    // A filtered export verifies too (with gaps), and lends its signed trailer to an attack below.
    const filtered = linesOf(await exportText({ action: "model.updated" }));
    expect(await verifyLines(filtered)).toMatchObject({ ok: true, contiguous: false, problems: [] });

    const rnd = prng(SEED);
    const isEvent = (l: string) => l.startsWith('{"type":"event"');
    const eventIdx = lines.flatMap((l, i) => (isEvent(l) ? [i] : []));
    const cpIdx = lines.flatMap((l, i) => (l.startsWith('{"type":"checkpoint"') ? [i] : []));
    const trailerIdx = lines.length - 1;
    const parse = (l: string) => JSON.parse(l) as ChainedAuditEvent & { type: string };
    /** The event line with its own hash recomputed (what a forger without the key can do). */
    const rehash = (e: ChainedAuditEvent & { type: string }) =>
      JSON.stringify({ ...e, hash: eventHash(e, e.prevHash!) });
    const editEvent = (e: ChainedAuditEvent & { type: string }) => {
      const field = rnd.pick(["actorName", "action", "after", "at", "ip", "entityId", "reason", "seq"]);
      const was = JSON.stringify(e);
      switch (field) {
        case "actorName":
          e.actorName = rnd.pick([
            "Mallory",
            `${e.actorName} `,
            e.actorName.toUpperCase(),
            "Carla Contributor",
          ]);
          break;
        case "action":
          e.action = rnd.pick(["model.created", "model.updated", "version.registered", "alias.set"]);
          break;
        case "after": {
          const after = (e.after ?? {}) as Record<string, unknown>;
          const keys = Object.keys(after);
          const key = keys.length && rnd.next() < 0.8 ? rnd.pick(keys) : "injected";
          e.after = { ...after, [key]: rnd.pick([null, 0, 1, "x", true, [after[key]]]) };
          break;
        }
        case "at":
          e.at = new Date(Date.parse(e.at) + rnd.pick([-1, 1, 1000, -86_400_000])).toISOString();
          break;
        case "ip":
          e.ip = rnd.pick(["203.0.113.66", null, "127.0.0.1"]);
          break;
        case "entityId":
          e.entityId = rnd.pick([null, "00000000-0000-4000-8000-000000000000", `${e.entityId}x`]);
          break;
        case "reason":
          e.reason = rnd.pick(["approved by the board", "", null]);
          break;
        case "seq":
          e.seq += rnd.pick([-1, 1, 1000]);
          break;
      }
      // Picked the value it already had: change the name for sure instead.
      if (JSON.stringify(e) === was) e.actorName += "!";
      return field;
    };

    type Tamper = (ls: string[]) => string;
    const kinds: Record<string, Tamper> = {
      "edit a field of an event": (ls) => {
        const i = rnd.pick(eventIdx);
        const e = parse(ls[i]!);
        const field = editEvent(e);
        ls[i] = JSON.stringify(e);
        return `event line ${i + 1}: ${field}`;
      },
      "edit a field and recompute the event's hash": (ls) => {
        const i = rnd.pick(eventIdx);
        const e = parse(ls[i]!);
        const field = editEvent(e);
        ls[i] = rehash(e);
        return `event line ${i + 1}: ${field}`;
      },
      "edit a field and rewrite the rest of the chain": (ls) => {
        const i = rnd.pick(eventIdx);
        let e = parse(ls[i]!);
        const field = editEvent(e);
        let prevHash = e.prevHash!;
        for (const j of eventIdx.filter((j) => j >= i)) {
          if (j !== i) e = parse(ls[j]!);
          e.prevHash = prevHash;
          e.hash = eventHash(e, prevHash);
          prevHash = e.hash;
          ls[j] = JSON.stringify(e);
        }
        return `from event line ${i + 1}: ${field}`;
      },
      "delete a line": (ls) => {
        const i = rnd.int(0, ls.length - 1);
        ls.splice(i, 1);
        return `line ${i + 1}`;
      },
      "delete an event and fix the trailer's counts": (ls) => {
        const i = rnd.pick(eventIdx);
        ls.splice(i, 1);
        const tr = JSON.parse(ls.at(-1)!);
        tr.events--;
        ls[ls.length - 1] = JSON.stringify(tr);
        return `line ${i + 1}`;
      },
      "duplicate a line": (ls) => {
        const i = rnd.int(0, ls.length - 1);
        const at = rnd.int(0, ls.length);
        ls.splice(at, 0, ls[i]!);
        return `line ${i + 1} at ${at + 1}`;
      },
      "insert a forged event with a correct hash": (ls) => {
        const i = rnd.pick(eventIdx);
        const prev = parse(ls[i]!);
        const forged = { ...prev, seq: prev.seq + 1, prevHash: prev.hash };
        editEvent(forged);
        forged.seq = prev.seq + 1;
        ls.splice(i + 1, 0, rehash(forged));
        return `after line ${i + 1}`;
      },
      "insert a forged event and renumber and relink the rest": (ls) => {
        const i = rnd.pick(eventIdx);
        const prev = parse(ls[i]!);
        const forged = { ...prev, seq: prev.seq + 1, prevHash: prev.hash, actorName: "Mallory" };
        forged.hash = eventHash(forged, forged.prevHash!);
        let prevHash = forged.hash;
        for (const j of eventIdx.filter((j) => j > i)) {
          const e = parse(ls[j]!);
          e.seq += 1;
          e.prevHash = prevHash;
          e.hash = eventHash(e, prevHash);
          prevHash = e.hash;
          ls[j] = JSON.stringify(e);
        }
        ls.splice(i + 1, 0, JSON.stringify(forged));
        return `after line ${i + 1}`;
      },
      "append a forged event after the last one": (ls) => {
        const last = parse(ls[eventIdx.at(-1)!]!);
        const forged = { ...last, seq: last.seq + 1, prevHash: last.hash, action: "model.archived" };
        ls.splice(eventIdx.at(-1)! + 1, 0, rehash(forged));
        return `#${forged.seq}`;
      },
      "swap two lines": (ls) => {
        const i = rnd.int(0, ls.length - 1);
        let j = rnd.int(0, ls.length - 2);
        if (j >= i) j++;
        [ls[i], ls[j]] = [ls[j]!, ls[i]!];
        return `lines ${i + 1} and ${j + 1}`;
      },
      "swap two adjacent events": (ls) => {
        const k = rnd.int(0, eventIdx.length - 2);
        const [i, j] = [eventIdx[k]!, eventIdx[k + 1]!];
        [ls[i], ls[j]] = [ls[j]!, ls[i]!];
        return `lines ${i + 1} and ${j + 1}`;
      },
      "move a line elsewhere": (ls) => {
        const i = rnd.int(0, ls.length - 1);
        const [line] = ls.splice(i, 1);
        let at = rnd.int(0, ls.length);
        if (at === i) at = (at + 1) % (ls.length + 1);
        ls.splice(at, 0, line!);
        return `line ${i + 1} to ${at + 1}`;
      },
      "truncate the tail, trailer and all": (ls) => {
        const keep = rnd.int(0, ls.length - 1);
        ls.length = keep;
        return `kept ${keep} lines`;
      },
      "truncate the tail but keep the trailer": (ls) => {
        const keep = rnd.int(1, ls.length - 2);
        const trailer = ls.at(-1)!;
        ls.length = keep;
        ls.push(trailer);
        return `kept ${keep} lines`;
      },
      "cut the events after a checkpoint and fix the trailer": (ls) => {
        const i = rnd.pick(eventIdx.slice(0, -1));
        const cut = eventIdx.filter((j) => j > i);
        const tr = JSON.parse(ls[trailerIdx]!);
        tr.events -= cut.length;
        tr.lastSeq = parse(ls[i]!).seq;
        for (const j of cut.reverse()) ls.splice(j, 1);
        ls[ls.length - 1] = JSON.stringify(tr);
        return `after line ${i + 1}`;
      },
      "edit a checkpoint": (ls) => {
        const i = rnd.pick(cpIdx);
        const c = JSON.parse(ls[i]!);
        const field = rnd.pick(["seq", "hash", "at", "signature", "keyId"]);
        if (field === "seq") c.seq += rnd.pick([-1, 1]);
        else if (field === "hash") c.hash = parse(ls[rnd.pick(eventIdx)]!).hash;
        else if (field === "at") c.at = new Date(Date.parse(c.at) + 1).toISOString();
        else if (field === "signature")
          c.signature = signCheckpoint(
            generateAuditSigner().privateKey,
            c.keyId,
            c,
            new Date(c.at),
          ).signature;
        else c.keyId = "0000000000000000";
        if (c.hash === JSON.parse(ls[i]!).hash && field === "hash") c.hash = "f".repeat(64);
        ls[i] = JSON.stringify(c);
        return `line ${i + 1}: ${field}`;
      },
      "edit the trailer": (ls) => {
        const tr = JSON.parse(ls[trailerIdx]!);
        const field = rnd.pick(["events", "lastSeq", "digest", "keyId"]);
        if (field === "events") tr.events += rnd.pick([-1, 1]);
        else if (field === "lastSeq") tr.lastSeq += rnd.pick([-1, 1]);
        else if (field === "digest")
          tr.digest = tr.digest.replace(/^./, (ch: string) => (ch === "0" ? "1" : "0"));
        else tr.keyId = "0000000000000000";
        ls[trailerIdx] = JSON.stringify(tr);
        return field;
      },
      "edit the header": (ls) => {
        const h = JSON.parse(ls[0]!);
        h.filter = rnd.pick([{ action: "model.created" }, { team: "tamper-other" }]);
        if (rnd.next() < 0.5) h.exportedAt = new Date(0).toISOString();
        ls[0] = JSON.stringify(h);
        return JSON.stringify(h.filter);
      },
      "flip one character": (ls) => {
        const i = rnd.int(0, ls.length - 1);
        const line = ls[i]!;
        const p = rnd.int(0, line.length - 1);
        let ch = String.fromCharCode(rnd.int(32, 126));
        if (ch === line[p]) ch = ch === "a" ? "b" : "a";
        ls[i] = line.slice(0, p) + ch + line.slice(p + 1);
        return `line ${i + 1}, column ${p + 1}`;
      },
      "put another export's signed trailer on it": (ls) => {
        const i = rnd.pick(eventIdx);
        ls.splice(i, 1);
        ls[ls.length - 1] = filtered.at(-1)!;
        return `without line ${i + 1}`;
      },
      "re-sign the whole edited export with another key": (ls) => {
        const forger = generateAuditSigner();
        const w = new ExportWriter(forger.privateKey, signer.keyId);
        const out = [w.header({}, new Date())];
        let prevHash: string | null = null;
        for (const i of eventIdx) {
          const e = parse(ls[i]!);
          if (i === rnd.pick(eventIdx)) e.actorName = "Mallory";
          e.prevHash = prevHash ?? e.prevHash;
          e.hash = eventHash(e, e.prevHash!);
          prevHash = e.hash;
          out.push(w.event(e));
        }
        for (const i of cpIdx) out.push(`${ls[i]}\n`);
        out.push(w.trailer());
        ls.splice(0, ls.length, ...out.join("").split("\n").slice(0, -1));
        return "forged key";
      },
    };

    const names = Object.keys(kinds);
    const detected: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    const undetected: string[] = [];
    const started = Date.now();
    for (let n = 0; n < EXPORT_TAMPERINGS; n++) {
      const kind = names[n % names.length]!;
      const ls = [...lines];
      const what = kinds[kind]!(ls);
      if (ls.join("\n") === lines.join("\n")) throw new Error(`no-op tampering: ${kind} (${what})`);
      const r = await verifyLines(ls);
      if (r.ok || r.problems.length === 0) undetected.push(`#${n} ${kind}: ${what}`);
      else detected[kind]!++;
    }
    console.log(
      `audit tamper seed ${SEED}: ${EXPORT_TAMPERINGS} export tamperings, ${EXPORT_TAMPERINGS - undetected.length} detected, in ${Date.now() - started} ms (export of ${clean.events} events)\n${names.map((n) => `  ${String(detected[n]).padStart(4)}  ${n}`).join("\n")}`,
    );
    expect(undetected).toEqual([]);
  }, 120_000);
});

// ------------------------------------------------------------------------------------ the table

class Rollback extends Error {}

/**
 * Tampers inside a transaction that is always rolled back, with the append-only triggers switched
 * off in it (DDL is transactional in PostgreSQL: the rollback switches them back on), and verifies
 * in the same transaction — the `audit.verified` event it records stays in the unflushed buffer.
 */
async function tampered<T>(
  tamper: (db: Database) => Promise<T>,
): Promise<{ info: T; result: Awaited<ReturnType<typeof verifyAuditChain>> }> {
  let out: { info: T; result: Awaited<ReturnType<typeof verifyAuditChain>> } | undefined;
  try {
    await t.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      for (const trigger of ["audit_events_append_only", "audit_events_no_truncate"])
        await db.execute(sql.raw(`alter table audit_events disable trigger ${trigger}`));
      const info = await tamper(db);
      const result = await verifyAuditChain({
        ...system(),
        db: tx,
        inTransaction: true,
        auditBuffer: [],
      });
      out = { info, result };
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  return out!;
}

describe("the table: every random tampering (bypassing the triggers) is detected", () => {
  it("an untouched trail verifies; a thousand tampered ones name their first broken link", async () => {
    const rows = await t.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    const [head] = await t.db.select().from(auditChainHead);
    expect(head!.seq).toBe(rows.at(-1)!.seq);
    const clean = await tampered(async () => null);
    expect(clean.result).toMatchObject({ ok: true, verifiedThrough: head!.seq, firstBreak: null });
    expect(clean.result.checkpoints.verified).toBe(checkpointSeqs.length);
    const lastCheckpoint = checkpointSeqs.at(-1)!;
    expect(lastCheckpoint).toBeLessThan(head!.seq);

    const rnd = prng(SEED ^ 0xdb);
    const last = head!.seq;
    const anySeq = () => rnd.int(1, last);
    const rowAt = (seq: number) => rows[seq - 1]!;
    const firstCheckpointFrom = (seq: number) => checkpointSeqs.find((c) => c >= seq);
    /** Where the verifier must stop when event `seq` no longer matches what follows it. */
    const linkBreak = (seq: number) => (seq === last ? last : seq + 1);

    const columns = [
      "actor_name",
      "action",
      "after",
      "before",
      "at",
      "ip",
      "user_agent",
      "reason",
      "request_id",
      "entity_id",
      "entity_type",
      "team_id",
      "model_id",
      "actor_type",
      "actor_user_id",
      "prev_hash",
      "hash",
    ] as const;
    /** A new value for one column, always different from the old one. */
    const setClause = (column: (typeof columns)[number]) => {
      switch (column) {
        case "after":
        case "before":
          return sql.raw(
            `${column} = coalesce(${column}, '{}'::jsonb) || jsonb_build_object('tampered', ${rnd.int(0, 1e6)})`,
          );
        case "at":
          return sql.raw(`at = at + interval '${rnd.pick([1, -1, 999, 86_400_000])} milliseconds'`);
        case "team_id":
        case "model_id":
        case "actor_user_id":
          return sql.raw(`${column} = gen_random_uuid()`);
        case "prev_hash":
        case "hash":
          return sql.raw(`${column} = md5(coalesce(${column}, '')) || md5('x')`);
        case "actor_type":
          return sql.raw(`actor_type = case when actor_type = 'user' then 'system' else 'user' end`);
        default:
          return sql.raw(`${column} = coalesce(${column}, '') || '${rnd.pick(["x", " ", "!", "\u200b"])}'`);
      }
    };

    /** Rewrites events from..last with their hashes recomputed and relinked, as a forger would. */
    async function rewriteFrom(db: Database, from: number, edit: (e: ChainedAuditEvent) => void) {
      let prevHash = rowAt(from).prevHash!;
      const values = [];
      for (let seq = from; seq <= last; seq++) {
        const e = { ...rowAt(seq), at: rowAt(seq).at.toISOString() };
        if (seq === from) edit(e);
        const hash = eventHash(e, prevHash);
        const after = e.after === null ? null : JSON.stringify(e.after);
        values.push(
          sql`(${seq}::bigint, ${e.actorName}::text, ${after}::jsonb, ${prevHash}::text, ${hash}::text)`,
        );
        prevHash = hash;
      }
      // One statement: a forger's rewrite, at the speed a thousand of them need.
      await db.execute(sql`update audit_events as a
        set actor_name = v.actor_name, after = v.after, prev_hash = v.prev_hash, hash = v.hash
        from (values ${sql.join(values, sql`, `)}) as v(seq, actor_name, after, prev_hash, hash)
        where a.seq = v.seq`);
      return prevHash;
    }

    /** `expectSeq`: the event the verifier must name as the first break (or one of these). */
    type Case = (db: Database) => Promise<{ what: string; expectSeq: number | number[] }>;
    const kinds: Record<string, Case> = {
      "edit a field": async (db) => {
        const seq = anySeq();
        const column = rnd.pick(columns);
        await db.execute(sql`update audit_events set ${setClause(column)} where seq = ${seq}`);
        return { what: `#${seq} ${column}`, expectSeq: seq };
      },
      "edit a field and recompute its hash": async (db) => {
        const seq = anySeq();
        const e = { ...rowAt(seq), at: rowAt(seq).at.toISOString(), actorName: "Mallory" };
        await db
          .update(auditEvents)
          .set({ actorName: "Mallory", hash: eventHash(e, e.prevHash!) })
          .where(sql`seq = ${seq}`);
        return { what: `#${seq}`, expectSeq: linkBreak(seq) };
      },
      "rewrite the chain from an event to the end": async (db) => {
        const from = rnd.int(1, last);
        await rewriteFrom(db, from, (e) => {
          e.after = { rewritten: true };
        });
        // A signed checkpoint at or after the edit catches it; else the head no longer matches.
        return { what: `from #${from}`, expectSeq: firstCheckpointFrom(from) ?? last };
      },
      "rewrite the signed part of the chain and move the head's hash": async (db) => {
        const from = rnd.int(1, lastCheckpoint);
        const headHash = await rewriteFrom(db, from, (e) => {
          e.actorName = "Mallory";
        });
        await db.execute(sql`alter table audit_chain_head disable trigger audit_chain_head_forward_only`);
        await db.update(auditChainHead).set({ hash: headHash });
        return { what: `from #${from}`, expectSeq: firstCheckpointFrom(from)! };
      },
      "delete a row": async (db) => {
        const seq = anySeq();
        await db.execute(sql`delete from audit_events where seq = ${seq}`);
        return { what: `#${seq}`, expectSeq: linkBreak(seq) };
      },
      "delete several rows": async (db) => {
        const from = anySeq();
        const to = Math.min(last, from + rnd.int(1, 20));
        await db.execute(sql`delete from audit_events where seq between ${from} and ${to}`);
        return { what: `#${from}–#${to}`, expectSeq: to === last ? from : to + 1 };
      },
      "replace a row with a forged one (correct hash and previous hash)": async (db) => {
        const seq = anySeq();
        const forged = {
          ...rowAt(seq),
          at: rowAt(seq).at.toISOString(),
          action: "model.archived",
          reason: "forged",
        };
        await db.execute(sql`delete from audit_events where seq = ${seq}`);
        await db.insert(auditEvents).values({
          ...forged,
          at: new Date(forged.at),
          hash: eventHash(forged, forged.prevHash!),
        });
        return { what: `#${seq}`, expectSeq: linkBreak(seq) };
      },
      "insert a forged row, shifting the later ones": async (db) => {
        const seq = anySeq();
        await db.execute(sql`update audit_events set seq = seq + 100000 where seq >= ${seq}`);
        await db.execute(sql`update audit_events set seq = seq - 99999 where seq >= 100000`);
        const forged = { ...rowAt(seq), at: rowAt(seq).at.toISOString(), actorName: "Mallory" };
        await db.insert(auditEvents).values({
          ...forged,
          at: new Date(forged.at),
          hash: eventHash(forged, forged.prevHash!),
        });
        // The forged event links; the one it pushed along does not (or, at the end, the head).
        return { what: `at #${seq}`, expectSeq: linkBreak(seq) };
      },
      "swap the sequence numbers of two rows": async (db) => {
        const a = anySeq();
        let b = rnd.int(1, last - 1);
        if (b >= a) b++;
        await db.execute(sql`update audit_events set seq = -1 where seq = ${a}`);
        await db.execute(sql`update audit_events set seq = ${a} where seq = ${b}`);
        await db.execute(sql`update audit_events set seq = ${b} where seq = -1`);
        return { what: `#${a} ⇄ #${b}`, expectSeq: Math.min(a, b) };
      },
      "truncate the tail": async (db) => {
        const k = rnd.int(1, Math.min(40, last));
        await db.execute(sql`delete from audit_events where seq > ${last - k}`);
        return { what: `last ${k}`, expectSeq: last - k + 1 };
      },
      "truncate the tail and rewind the head into the signed part": async (db) => {
        const keep = rnd.int(1, lastCheckpoint - 1);
        await db.execute(sql`delete from audit_events where seq > ${keep}`);
        await db.execute(sql`alter table audit_chain_head disable trigger audit_chain_head_forward_only`);
        await db.update(auditChainHead).set({ seq: keep, hash: rowAt(keep).hash! });
        // Any signed checkpoint beyond the new end gives it away.
        return { what: `to #${keep}`, expectSeq: checkpointSeqs.filter((c) => c > keep) };
      },
      "truncate the table": async (db) => {
        await db.execute(sql`truncate audit_events`);
        return { what: "all", expectSeq: 1 };
      },
      "edit a signed checkpoint": async (db) => {
        const seq = rnd.pick(checkpointSeqs);
        const column = rnd.pick(["hash", "at", "signature"]);
        await db.execute(sql`alter table audit_checkpoints disable trigger audit_checkpoints_append_only`);
        await db.execute(
          sql`update audit_checkpoints set ${sql.raw(
            column === "hash"
              ? "hash = md5(hash) || md5(hash)"
              : column === "at"
                ? "at = at + interval '1 second'"
                : "signature = reverse(signature)",
          )} where seq = ${seq}`,
        );
        return { what: `#${seq} ${column}`, expectSeq: seq };
      },
    };

    const names = Object.keys(kinds);
    const detected: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    const missed: string[] = [];
    const started = Date.now();
    let n = 0;
    for (; n < DB_TAMPERINGS && Date.now() - started < DB_BUDGET_MS; n++) {
      const kind = names[n % names.length]!;
      const { info, result } = await tampered((db) => kinds[kind]!(db));
      if (result.ok || !result.firstBreak) missed.push(`#${n} ${kind}: ${info.what} — not detected`);
      else if (![info.expectSeq].flat().includes(result.firstBreak.seq))
        missed.push(
          `#${n} ${kind}: ${info.what} — break named at #${result.firstBreak.seq} (${result.firstBreak.reason}), expected #${info.expectSeq}`,
        );
      else detected[kind]!++;
    }
    const ms = Date.now() - started;
    console.log(
      `audit tamper seed ${SEED}: ${n} database tamperings of ${last} events, ${n - missed.length} detected at the expected event, in ${ms} ms${n < DB_TAMPERINGS ? ` (stopped at the ${DB_BUDGET_MS / 1000} s budget)` : ""}\n${names.map((k) => `  ${String(detected[k]).padStart(4)}  ${k}`).join("\n")}`,
    );
    expect(missed).toEqual([]);
    expect(n).toBeGreaterThanOrEqual(200);
    // The trail itself is untouched by all this.
    expect((await tampered(async () => null)).result).toMatchObject({ ok: true, verifiedThrough: last });
  }, 180_000);
});

/**
 * What the table owner can still do unseen. The chain proves history only up to the last signed
 * checkpoint (signed every minute; the key is not in the database): whoever can write the tables
 * can append well-formed events, and rewrite or cut the unsigned tail. Only checkpoints held
 * outside the database (exports, the published endpoint) can expose a rewrite that also removes
 * checkpoints. These tests pin those limits down, so that a change to them is a conscious one.
 */
describe("limits of the design (detected by nothing in the database)", () => {
  async function tail() {
    const rows = await t.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    const last = rows.at(-1)!;
    return { rows, last, lastEvent: { ...last, at: last.at.toISOString() } };
  }

  it("appending a well-formed forged event and moving the head forward needs no trigger bypass", async () => {
    const { last, lastEvent } = await tail();
    const forged = { ...lastEvent, seq: last.seq + 1, prevHash: last.hash, actorName: "Mallory" };
    const hash = eventHash(forged, forged.prevHash!);
    const { result } = await tampered(async (db) => {
      await db.insert(auditEvents).values({ ...forged, at: new Date(forged.at), hash });
      await db.update(auditChainHead).set({ seq: forged.seq, hash });
    });
    expect(result).toMatchObject({ ok: true, headSeq: last.seq + 1 });
  });

  it("rewriting the last event and swapping the head's hash in place is refused by the head's trigger", async () => {
    const { last, lastEvent } = await tail();
    expect(checkpointSeqs.at(-1)!).toBeLessThan(last.seq);
    const edited = { ...lastEvent, actorName: "Mallory" };
    const hash = eventHash(edited, edited.prevHash!);
    const attempt = tampered(async (db) => {
      await db.update(auditEvents).set({ actorName: "Mallory", hash }).where(sql`seq = ${last.seq}`);
      await db.update(auditChainHead).set({ hash });
    });
    await expect(attempt).rejects.toSatisfy((e: Error & { cause?: Error }) =>
      /only moves forward/.test(e.cause?.message ?? e.message),
    );
  });

  it("cutting the unsigned tail and rewinding the head (bypassing the head's trigger too)", async () => {
    const { rows } = await tail();
    const keep = rows[checkpointSeqs.at(-1)! - 1]!;
    const { result } = await tampered(async (db) => {
      await db.execute(sql`delete from audit_events where seq > ${keep.seq}`);
      await db.execute(sql`alter table audit_chain_head disable trigger audit_chain_head_forward_only`);
      await db.update(auditChainHead).set({ seq: keep.seq, hash: keep.hash! });
    });
    expect(result).toMatchObject({ ok: true, headSeq: keep.seq });
  });

  it("deleting every checkpoint and rewriting the whole chain", async () => {
    const { rows } = await tail();
    const { result } = await tampered(async (db) => {
      await db.execute(sql`alter table audit_checkpoints disable trigger audit_checkpoints_no_truncate`);
      await db.execute(sql`truncate audit_checkpoints`);
      let prevHash = rows[0]!.prevHash!;
      for (const row of rows) {
        const e = { ...row, at: row.at.toISOString(), actorName: "Mallory", prevHash };
        prevHash = eventHash(e, prevHash);
        await db
          .update(auditEvents)
          .set({ actorName: "Mallory", prevHash: e.prevHash, hash: prevHash })
          .where(sql`seq = ${row.seq}`);
      }
      await db.execute(sql`alter table audit_chain_head disable trigger audit_chain_head_forward_only`);
      await db.update(auditChainHead).set({ hash: prevHash });
    });
    expect(result).toMatchObject({ ok: true, checkpoints: { verified: 0 } });
  });

  it("a row beyond the chain head (inserted outside the chain) is found", async () => {
    const { last, lastEvent } = await tail();
    const forged = { ...lastEvent, seq: last.seq + 1, prevHash: last.hash, actorName: "Mallory" };
    const { result } = await tampered(async (db) => {
      await db
        .insert(auditEvents)
        .values({ ...forged, at: new Date(forged.at), hash: eventHash(forged, forged.prevHash!) });
    });
    expect(result).toMatchObject({ ok: false, firstBreak: { seq: last.seq + 1 } });
  });

  it("audit_events.at holds milliseconds only, exactly what the hash covers: nothing finer can be hidden", async () => {
    const { info, result } = await tampered(async (db) => {
      // As text: a JS Date would hide microseconds anyway.
      const read = () =>
        db
          .select({ at: sql<string>`${auditEvents.at}::text` })
          .from(auditEvents)
          .where(sql`seq = 5`);
      const [before] = await read();
      await db.execute(sql`update audit_events set at = at + interval '1 microsecond' where seq = 5`);
      const [after] = await read();
      return { before: before!.at, after: after!.at };
    });
    expect(info.after).toBe(info.before);
    expect(result.ok).toBe(true);
  });
});
