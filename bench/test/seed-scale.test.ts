import { randomBytes } from "node:crypto";
import {
  addMember,
  compareVersions,
  createApiToken,
  createContext,
  createModel,
  createTeam,
  createUser,
  generateAuditSigner,
  listVersions,
  modelTimeline,
  onlineSeries,
  productionAsOf,
  registerVersion,
  resolveModelRef,
  type ServiceContext,
  searchModels,
  systemContext,
  verifyAuditChain,
} from "@modelgate/core";
import { createDb, type DbHandle } from "@modelgate/db";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ScaleOptions, type SeededScale, seedScale } from "../src/seed-scale";

const serverUrl = process.env.TEST_DATABASE_URL;

const SMALL: ScaleOptions = {
  models: 200,
  versions: 2_000,
  bigModelVersions: 500,
  tags: 8_000,
  auditEvents: 5_000,
  onlinePoints: 20_000,
};

describe.skipIf(!serverUrl)("seedScale (PostgreSQL)", () => {
  const dbName = `mg_bench_${randomBytes(6).toString("hex")}`;
  let admin: postgres.Sql;
  let sql: postgres.Sql;
  let handle: DbHandle;
  let system: ServiceContext;
  let owner: ServiceContext;
  let team: { id: string; slug: string };
  let seeded: SeededScale;
  let headBefore: number;
  let startedAt: Date;
  const logs: string[] = [];

  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${dbName}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${dbName}`;
    handle = await createDb({ url: url.toString(), maxConnections: 5 });
    await handle.migrate();
    sql = postgres(url.toString(), { max: 2, onnotice: () => {} });

    // The base team and user come from the services, so their audit events start the chain.
    const signer = generateAuditSigner();
    system = createContext(handle.db, { type: "system", name: "bench test" }, {}, { auditSigner: signer });
    team = await createTeam(systemContext(handle.db, "bench test"), { slug: "scale", name: "Scale" });
    const user = await createUser(system, {
      email: "owner@scale.test",
      name: "Scale Owner",
      password: "scale-password-0123",
    });
    await addMember(system, { teamId: team.id, userId: user.id, role: "maintainer" });
    owner = createContext(
      handle.db,
      {
        type: "user",
        userId: user.id,
        name: user.name,
        email: user.email,
        orgRole: "member",
        teamRoles: { [team.id]: "maintainer" },
      },
      { ip: "203.0.113.9", userAgent: "vitest" },
    );
    await createApiToken(owner, { teamId: team.id, name: "ci", role: "contributor" });
    await createModel(owner, { team: team.slug, name: "pre-seed", tags: { domain: "fraud" } });
    const [head] = await sql<{ seq: string }[]>`select seq::text from audit_chain_head`;
    headBefore = Number(head!.seq);

    startedAt = new Date();
    seeded = await seedScale(
      sql,
      { teamId: team.id, teamSlug: team.slug, userId: user.id, userName: user.name },
      SMALL,
      (m) => logs.push(m),
    );
  });

  afterAll(async () => {
    await sql?.end();
    await handle?.close();
    await admin?.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin?.end();
  });

  it("reports what it wrote, and wrote it", async () => {
    expect(seeded.counts).toMatchObject({
      registered_models: 200,
      model_versions: 2_000,
      artifacts: 4_000,
      metrics: 4_000 + 20_000,
      audit_events: 5_000,
    });
    expect(seeded.counts.stage_transitions).toBeGreaterThan(0);
    expect(seeded.counts.transition_requests).toBeGreaterThan(0);
    expect(seeded.counts.alias_changes).toBeGreaterThan(0);
    const [n] = await sql<{ models: number; versions: number; online: number; tags: number }[]>`
      select (select count(*)::int from registered_models where team_id = ${team.id} and name like 'm-%') as models,
             (select count(*)::int from model_versions) as versions,
             (select count(*)::int from metrics where kind = 'online') as online,
             (select sum((select count(*) from jsonb_object_keys(tags)))::int from registered_models where name like 'm-%')
               + (select sum((select count(*) from jsonb_object_keys(tags)))::int from model_versions) as tags`;
    expect(n).toEqual({ models: 200, versions: 2_000, online: 20_000, tags: 8_000 });
    expect(logs.some((l) => l.includes("done in"))).toBe(true);
  });

  it("keeps the registry invariants", async () => {
    const [bad] = await sql<Record<string, number>[]>`
      select
        (select count(*)::int from registered_models m where m.name like 'm-%' and
           (m.latest_version <> (select count(*) from model_versions v where v.model_id = m.id)
            or m.latest_version <> (select max(version) from model_versions v where v.model_id = m.id)
            or m.team_id <> ${team.id})) as numbering,
        (select count(*)::int from (select model_id from model_versions where stage = 'production'
           group by model_id having count(*) > 1) x) as two_in_production,
        (select count(*)::int from aliases a join model_versions v on v.id = a.version_id
           where a.name = 'champion' and (v.stage <> 'production' or not a.protected)) as champion_off,
        (select count(*)::int from model_versions v where v.stage = 'production'
           and not exists (select 1 from aliases a where a.version_id = v.id and a.name = 'champion')) as no_champion,
        (select count(*)::int from model_versions v where v.status <> 'ready' or v.ready_at is null
           or (select count(*) from artifacts a where a.version_id = v.id and a.status = 'verified') <> 2
           or (select count(*) from metrics m where m.version_id = v.id and m.kind = 'offline') <> 2) as incomplete,
        (select count(*)::int from model_versions v where v.stage <> coalesce(
           (select t.to_stage from stage_transitions t where t.version_id = v.id order by t.at desc, t.seq desc limit 1),
           'none')) as stage_history,
        (select count(*)::int from aliases a where a.version_id is distinct from
           (select c.to_version_id from alias_changes c where c.model_id = a.model_id and c.alias = a.name
            order by c.at desc, c.seq desc limit 1)) as alias_history,
        (select count(*)::int from stage_transitions t where t.request_id is null
           or not exists (select 1 from transition_requests r where r.id = t.request_id and r.status = 'applied'
                          and r.closed_at = t.at)) as unexplained`;
    expect(bad).toEqual({
      numbering: 0,
      two_in_production: 0,
      champion_off: 0,
      no_champion: 0,
      incomplete: 0,
      stage_history: 0,
      alias_history: 0,
      unexplained: 0,
    });
  });

  it("continues the audit hash chain, and the services keep chaining after it", async () => {
    const [order] = await sql<{ unordered: number; future: number }[]>`
      select count(*) filter (where b.at <= a.at)::int as unordered,
             count(*) filter (where b.at >= ${startedAt})::int as future
      from audit_events a join audit_events b on b.seq = a.seq + 1
      where a.seq > ${headBefore} and b.seq <= ${headBefore + SMALL.auditEvents}`;
    expect(order).toEqual({ unordered: 0, future: 0 });

    await createModel(owner, { team: team.slug, name: "post-seed" });
    const result = await verifyAuditChain(system);
    expect(result.firstBreak).toBeNull();
    expect(result.ok).toBe(true);
    expect(result.unchained).toBe(0);
    expect(result.verifiedThrough).toBe(result.headSeq);
    expect(result.headSeq).toBeGreaterThan(headBefore + SMALL.auditEvents);
    const [seqs] = await sql<{ next: string; head: string }[]>`
      select (select last_value::text from audit_events_seq_seq) as next, (select seq::text from audit_chain_head) as head`;
    expect(Number(seqs!.next)).toBeGreaterThanOrEqual(headBefore + SMALL.auditEvents);
  });

  it("resolves the champion of the resolve model to a production version with 2 artifacts", async () => {
    const r = await resolveModelRef(owner, `${team.slug}/${seeded.resolveModel}@champion`);
    expect(r.stage).toBe("production");
    expect(r.status).toBe("ready");
    expect(r.artifacts).toHaveLength(2);
    expect(r.artifacts.every((a) => /^[0-9a-f]{64}$/.test(a.sha256 ?? ""))).toBe(true);
  });

  it("lists the big model's versions newest first", async () => {
    const page = await listVersions(owner, { team: team.slug, name: seeded.bigModel }, { limit: 50 });
    expect(page.items).toHaveLength(50);
    expect(page.items[0]!.version).toBe(SMALL.bigModelVersions);
    expect(page.items.map((v) => v.version)).toEqual(
      Array.from({ length: 50 }, (_, i) => SMALL.bigModelVersions - i),
    );
    expect(page.items[0]!.stage).toBe("staging");
    expect(page.items[1]!.aliases).toContain("champion");
    expect(Object.keys(page.items[0]!.metrics).sort()).toEqual(["auc", "latency_ms"]);
  });

  it("finds a full page of models by the three search tags", async () => {
    const found = await searchModels(owner, { tags: seeded.searchTags, limit: 100, withTotal: true });
    expect(found.items).toHaveLength(100);
    expect(found.total).toBeGreaterThanOrEqual(150);
    const wanted = Object.fromEntries(seeded.searchTags.map((t) => t.split("=") as [string, string]));
    for (const m of found.items) expect(m.tags).toMatchObject(wanted);
  });

  it("registers the next version of a seeded model", async () => {
    const [m] = await sql<{ latest: number }[]>`
      select latest_version as latest from registered_models where team_id = ${team.id} and name = ${seeded.resolveModel}`;
    const v = await registerVersion(
      owner,
      { team: team.slug, name: seeded.resolveModel },
      { description: "after seed" },
    );
    expect(v.version).toBe(m!.latest + 1);
  });

  it("compares champion and challenger and charts their online metric", async () => {
    const { name, champion, challenger, metricKey } = seeded.compareModel;
    const cmp = await compareVersions(owner, { team: team.slug, name });
    expect(cmp.baseline.version).toBe(champion);
    expect(cmp.candidate.version).toBe(challenger);
    expect(cmp.basis).toBe("champion vs challenger");
    expect(cmp.metrics.map((m) => m.key).sort()).toEqual(["auc", "latency_ms"]);

    const series = await onlineSeries(owner, {
      team: team.slug,
      name,
      versions: ["champion", "challenger"],
      key: metricKey,
    });
    expect(series.series.map((s) => s.version)).toEqual([champion, challenger]);
    for (const s of series.series) {
      expect(s.points.length).toBeGreaterThan(0);
      expect(s.points.reduce((sum, p) => sum + p.n, 0)).toBe(SMALL.onlinePoints / 10);
    }
  });

  it("answers 'what was in production' from the seeded history", async () => {
    const rows = await productionAsOf(owner, new Date());
    const seededRows = rows.filter((r) => /^m-\d+$/.test(r.name));
    expect(seededRows).toHaveLength(SMALL.models);
    const [current] = await sql<{ n: number }[]>`
      select count(*)::int as n from model_versions where stage = 'production'`;
    expect(seededRows.filter((r) => r.productionVersion !== null)).toHaveLength(current!.n);
    const compare = seededRows.find((r) => r.name === seeded.compareModel.name)!;
    expect(compare.productionVersion).toBe(seeded.compareModel.champion);
    expect(compare.aliases).toEqual([
      { alias: "champion", version: seeded.compareModel.champion },
      { alias: "challenger", version: seeded.compareModel.challenger },
    ]);

    const timeline = await modelTimeline(owner, { team: team.slug, name: seeded.compareModel.name });
    const lastStage = timeline.entries.find((e) => e.kind === "stage" && e.toStage === "production");
    expect(lastStage && lastStage.kind === "stage" ? lastStage.version : null).toBe(
      seeded.compareModel.champion,
    );
  });
});
