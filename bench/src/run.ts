/**
 * `pnpm bench`: the performance harness. One run, one machine: the built app in production mode
 * on PostgreSQL, measured on an empty registry, then on a registry seeded at scale (10k models,
 * 100k versions, 500k tags, 1M audit events, 1M online points), then in embedded mode (PGlite),
 * then as two instances on one database. Every figure is reported next to a baseline taken in
 * the same run and checked against the targets of issue 9. Writes bench/results/latest.json and
 * bench/RESULTS.md (the markdown report, machine described).
 *
 *   BENCH_DATABASE_URL=postgres://app:app@127.0.0.1:54329/app pnpm --filter @modelgate/bench bench [--quick]
 *
 * The root `pnpm bench` (scripts/bench.mjs) installs, builds, starts PostgreSQL and calls this.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createAuditCheckpoint,
  createContext,
  createWebhook,
  listAuditEvents,
  listVersions,
  loadAuditSigner,
  onlineSeries,
  resolveApiToken,
  resolveModelRef,
  searchModels,
  systemContext,
} from "@modelgate/core";
import { countStatements, createDb, type DbHandle } from "@modelgate/db";
import postgres from "postgres";
import S3rver from "s3rver";
import { type AppInstance, peakRss, repoRoot, signIn, startApp } from "./app";
import { explainPlans } from "./explain";
import {
  fixedRateIsolated,
  type LoadResult,
  load,
  percentiles,
  sequential,
  sqlLoop,
  statementsOf,
} from "./measure";
import { machine, type Report, writeReport } from "./report";
import { FULL_SCALE, type ScaleOptions, type SeededScale, seedScale } from "./seed-scale";
import {
  createChampion,
  createFixture,
  type Fixture,
  freshDatabase,
  PASSWORD,
  REGISTER_MODELS,
  RESOLVE_MODEL,
  registrationBody,
  signingKeyPem,
  TEAM,
} from "./setup";

const quick = process.argv.includes("--quick");
const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL server (the root `pnpm bench` starts one).");
  process.exit(2);
}
const PORT = Number(process.env.BENCH_PORT ?? 3900);
/** Seconds of each saturated run, and of the fixed-rate runs. */
const SATURATE_S = quick ? 3 : 20;
const FIXED_S = quick ? 5 : 60;
const RATE = 500;
const SEQ_RUNS = quick ? 20 : 200;
const SCALE: ScaleOptions = quick
  ? {
      models: 300,
      versions: 3_000,
      bigModelVersions: 1_000,
      tags: 15_000,
      auditEvents: 20_000,
      onlinePoints: 220_000,
    }
  : FULL_SCALE;

const report: Report = {
  startedAt: new Date().toISOString(),
  quick,
  machine: await machine(serverUrl),
  sections: [],
};
const log = (m: string) =>
  console.log(`[${((Date.now() - Date.parse(report.startedAt)) / 1000).toFixed(0).padStart(4)} s] ${m}`);
function section(title: string) {
  const s = { title, rows: [] as Report["sections"][number]["rows"] };
  report.sections.push(s);
  return (
    metric: string,
    value: number | string,
    unit = "",
    extra: { baseline?: string; ratio?: number; target?: string; pass?: boolean; note?: string } = {},
  ) => {
    s.rows.push({ metric, value, unit, ...extra });
    log(
      `${title} · ${metric}: ${typeof value === "number" ? round(value) : value} ${unit}${extra.pass === false ? `  ✖ target ${extra.target}` : ""}`,
    );
  };
}
const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 10) / 10);

const apps: AppInstance[] = [];
const handles: DbHandle[] = [];
const clients: postgres.Sql[] = [];
let failed = false;

try {
  await main();
} catch (e) {
  failed = true;
  console.error(e);
  for (const a of apps) console.error(`--- app on ${a.port} printed:\n${a.output().slice(-4000)}`);
} finally {
  await Promise.all(apps.map((a) => a.stop()));
  await Promise.all(handles.map((h) => h.close()));
  await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
}
const paths = writeReport(report, join(repoRoot, "bench"), { markdown: !quick });
log(`results: ${paths.join(", ")}`);
const misses = report.sections.flatMap((s) =>
  s.rows.filter((r) => r.pass === false).map((r) => `${s.title} · ${r.metric}`),
);
if (misses.length) log(`targets missed (${misses.length}): ${misses.join("; ")}`);
process.exit(failed ? 1 : 0);

async function main() {
  log(`${quick ? "quick run (small scale, short durations)" : "full run"} on ${report.machine.cpu}`);
  const url = await freshDatabase(serverUrl!, "mg_bench");
  const handle = await createDb({ url, maxConnections: 4 });
  handles.push(handle);
  await handle.migrate();
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  clients.push(sql);
  const fixture = await createFixture(handle.db);
  await createChampion(handle.db, fixture);
  const key = signingKeyPem();
  const dataDir = mkdtempSync(join(tmpdir(), "modelgate-bench-"));
  const auth = { authorization: `Bearer ${fixture.token}` };
  const resolvePath = `/api/v1/resolve?ref=${TEAM}/${RESOLVE_MODEL}@champion`;

  let app = await startApp({ port: PORT, databaseUrl: url, dataDir, signingKeyPem: key });
  apps.push(app);
  log(`app up on ${app.url} (PostgreSQL, production build)`);

  // ── 1. The empty registry ────────────────────────────────────────────────────────────────
  const empty = await hotPath("PostgreSQL, empty registry", app, auth, resolvePath, handle, fixture, sql);

  // ── 2. Seed at scale ───────────────────────────────────────────────────────────────────────
  await app.stop();
  apps.splice(apps.indexOf(app), 1);
  const seedRow = section("Seeding");
  log("seeding at scale …");
  const seeded = await seedScale(
    sql,
    {
      teamId: fixture.team.id,
      teamSlug: TEAM,
      userId: fixture.contributor.id,
      userName: fixture.contributor.name,
    },
    SCALE,
    (m) => log(`  seed: ${m}`),
  );
  for (const [table, n] of Object.entries(seeded.counts)) seedRow(`${table} rows`, n);
  seedRow("seeding time", seeded.seconds, "s");
  // Sign the seeded chain now, so the app's minutely checkpoint does not verify 1M events
  // in the middle of a measurement (it verifies only what came after the last checkpoint).
  const signer = loadAuditSigner({ pem: key, keyFile: join(dataDir, "unused.pem") });
  const t0 = performance.now();
  const cp = await createAuditCheckpoint(handle.db, signer);
  if (cp.broken)
    throw new Error(`the seeded audit chain is broken at #${cp.broken.seq}: ${cp.broken.reason}`);
  seedRow("checkpoint over the seeded chain (verifies it first)", (performance.now() - t0) / 1000, "s");

  // Flush the seed's gigabytes now: otherwise the server's checkpointer writes them out during
  // the first measurements. Needs pg_checkpoint (scripts/pg-up.sh grants it).
  try {
    await sql`checkpoint`;
  } catch (e) {
    log(
      `could not CHECKPOINT (${(e as Error).message}); the first figures may include the seed being flushed`,
    );
  }
  app = await startApp({ port: PORT, databaseUrl: url, dataDir, signingKeyPem: key });
  apps.push(app);
  const full = await hotPath(
    "PostgreSQL, seeded at scale",
    app,
    auth,
    resolvePath,
    handle,
    fixture,
    sql,
    empty,
  );

  await lists(app, auth, seeded);
  await audit(app, fixture);
  await comparison(app, auth, seeded);
  await explainSection(handle, fixture, seeded);

  // ── 3. Embedded mode ───────────────────────────────────────────────────────────────────────
  await embedded(empty.resolve);

  // ── 4. Two instances on one database ────────────────────────────────────────────────────────
  await scaleOut(app, url, dataDir, key, fixture, sql, auth, resolvePath, full.resolve);

  // ── 5. The S3 artifact store ───────────────────────────────────────────────────────────────
  await s3Store(url, key, auth);
}

interface HotPath {
  trivial: LoadResult;
  resolve: LoadResult;
  resolveFixed: LoadResult;
  register: LoadResult;
  registerFixed: LoadResult;
}

/** Baselines, resolve and registration: the same measurements on the empty and seeded registry. */
async function hotPath(
  title: string,
  app: AppInstance,
  auth: Record<string, string>,
  resolvePath: string,
  handle: DbHandle,
  fixture: Fixture,
  sql: postgres.Sql,
  before?: HotPath,
): Promise<HotPath> {
  const row = section(title);
  // Warm up the JIT and the connection pool before anything counts.
  await load({ url: `${app.url}/api/health/live`, seconds: 2 });
  await load({ url: app.url + resolvePath, headers: auth, seconds: 2 });

  const trivial = await load({ url: `${app.url}/api/health/live`, seconds: SATURATE_S });
  row("baseline: trivial route (constant JSON), saturated", trivial.rps, "req/s", {
    note: `p50 ${trivial.p50} ms, p99 ${trivial.p99} ms`,
  });

  // The same statements as a resolve request, straight through postgres.js.
  const actor = await resolveApiToken(handle.db, fixture.token);
  const { queries } = await countStatements(
    async () => {
      await resolveApiToken(handle.db, fixture.token);
      await resolveModelRef(createContext(handle.db, actor), `${TEAM}/${RESOLVE_MODEL}@champion`);
    },
    { capture: true },
  );
  const reads = queries.filter((q) => /^\s*select/i.test(q.sql));
  const floor = await sqlLoop(sql, reads, 10, SATURATE_S);
  row(
    `baseline: the resolve's ${reads.length} SQL statements via postgres.js, 10 loops`,
    floor.rps,
    "req/s",
    {
      note: `p50 ${floor.p50.toFixed(2)} ms, p99 ${floor.p99.toFixed(2)} ms`,
    },
  );

  const resolve = await load({ url: app.url + resolvePath, headers: auth, seconds: SATURATE_S });
  assertClean(resolve, "resolve");
  row("alias resolve, saturated (10 connections)", resolve.rps, "req/s", {
    baseline: "trivial route",
    ratio: resolve.rps / trivial.rps,
    target: "≥ 50 % of the trivial route",
    pass: resolve.rps >= 0.5 * trivial.rps,
    note: `p50 ${resolve.p50} ms, p99 ${resolve.p99} ms; ${((resolve.rps / floor.rps) * 100).toFixed(0)} % of the SQL floor`,
  });
  const resolveFixed = await fixedRateIsolated({
    url: app.url,
    requests: [{ path: resolvePath, headers: auth }],
    rate: RATE,
    seconds: FIXED_S,
  });
  assertClean(resolveFixed, "resolve at a fixed rate");
  row(`alias resolve, ${RATE} req/s evenly spaced for ${FIXED_S} s: p50`, resolveFixed.p50, "ms", {
    note: `achieved ${Math.round(resolveFixed.rps)} req/s`,
  });
  row(`alias resolve, ${RATE} req/s evenly spaced for ${FIXED_S} s: p99`, resolveFixed.p99, "ms", {
    target: "≤ 25 ms",
    pass: resolveFixed.p99 <= 25,
    ...(before
      ? {
          baseline: "empty registry",
          ratio: resolveFixed.p99 / before.resolveFixed.p99,
          note: `empty registry: ${before.resolveFixed.p99.toFixed(1)} ms (target: within 20 %)`,
        }
      : {}),
  });
  // The same rate the way autocannon -R makes it (bursts at the top of every second), for reference.
  const bursty = await load({
    url: app.url + resolvePath,
    headers: auth,
    seconds: SATURATE_S,
    rate: RATE,
    connections: 10,
  });
  assertClean(bursty, "resolve at autocannon -R");
  row(
    `alias resolve, autocannon -R ${RATE} (10 connections, bursts each second): p50 / p99`,
    `${bursty.p50} / ${bursty.p99}`,
    "ms",
    {
      note: "informational: each connection sends its per-second quota back to back",
    },
  );
  if (before) {
    row("alias resolve p99, seeded vs empty", resolveFixed.p99 / before.resolveFixed.p99, "×", {
      target: "≤ 1.2×",
      pass: resolveFixed.p99 <= before.resolveFixed.p99 * 1.2,
    });
  }
  const statements = await statementsOf(app.url + resolvePath, { headers: auth });
  row("alias resolve: SQL statements per request (token + resolve)", statements, "", {
    target: "≤ 2",
    pass: statements <= 2,
  });

  // Registrations from a CI fleet: rotating over 20 models, each body different.
  let i = 0;
  const regRequests = [
    {
      method: "POST" as const,
      headers: { ...auth, "content-type": "application/json" },
      setupRequest: (req: Record<string, unknown>) => {
        i++;
        return {
          ...req,
          path: `/api/v1/models/${TEAM}/${REGISTER_MODELS[i % REGISTER_MODELS.length]}/versions`,
          body: registrationBody(i),
        };
      },
    },
  ];
  const register = await load({ url: app.url, requests: regRequests as never, seconds: SATURATE_S });
  assertClean(register, "registration");
  row("registration via the API, saturated (10 connections)", register.rps, "versions/s", {
    target: "≥ 200/s",
    pass: register.rps >= 200,
    note: `p50 ${register.p50} ms, p99 ${register.p99} ms`,
  });
  const registerFixed = await fixedRateIsolated({
    url: app.url,
    rate: 100,
    seconds: SATURATE_S,
    requests: Array.from({ length: 100 * SATURATE_S }, (_, k) => ({
      method: "POST" as const,
      path: `/api/v1/models/${TEAM}/${REGISTER_MODELS[k % REGISTER_MODELS.length]}/versions`,
      headers: { ...auth, "content-type": "application/json" },
      body: registrationBody(3_000_000 + k + (before ? 500_000 : 0)),
    })),
  });
  assertClean(registerFixed, "registration at a fixed rate");
  row("registration, 100/s evenly spaced: p99", registerFixed.p99, "ms", {
    ...(before
      ? {
          baseline: "empty registry",
          ratio: registerFixed.p99 / before.registerFixed.p99,
          target: "does not grow (≤ 1.2×)",
          pass: registerFixed.p99 <= before.registerFixed.p99 * 1.2,
          note: `empty registry: ${before.registerFixed.p99.toFixed(1)} ms`,
        }
      : { note: `p50 ${registerFixed.p50.toFixed(1)} ms` }),
  });
  const regStatements = await statementsOf(
    `${app.url}/api/v1/models/${TEAM}/${REGISTER_MODELS[0]}/versions`,
    {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: registrationBody(0),
    },
  );
  row("registration: SQL statements per request (incl. BEGIN/COMMIT, audit, outbox)", regStatements);
  return { trivial, resolve, resolveFixed, register, registerFixed };
}

function assertClean(r: LoadResult, what: string) {
  if (r.errors || r.non2xx)
    throw new Error(
      `${what}: ${r.errors} connection errors and ${r.non2xx} non-2xx answers out of ${r.requests}`,
    );
}

/** Search and version lists at scale: latency, statements per page size. */
async function lists(app: AppInstance, auth: Record<string, string>, seeded: SeededScale) {
  const row = section("Lists at scale");
  const tags = seeded.searchTags.map((t) => `tag=${encodeURIComponent(t)}`).join("&");
  const search = (limit: number) => `${app.url}/api/v1/models?${tags}&limit=${limit}`;
  const s = await sequential(search(100), { headers: auth }, SEQ_RUNS);
  const items = (s.body as { items: unknown[] }).items.length;
  row(`model search, 3 tag filters, ${items} results: p50`, s.timing.p50, "ms");
  row(`model search, 3 tag filters, ${items} results: p95`, s.timing.p95, "ms", {
    target: "≤ 50 ms",
    pass: s.timing.p95 <= 50,
  });
  const big = `${app.url}/api/v1/models/${TEAM}/${seeded.bigModel}/versions`;
  const v = await sequential(`${big}?limit=100`, { headers: auth }, SEQ_RUNS);
  row(
    `version list of the ${SCALE.bigModelVersions.toLocaleString("en")}-version model (100 newest): p50`,
    v.timing.p50,
    "ms",
  );
  row(
    `version list of the ${SCALE.bigModelVersions.toLocaleString("en")}-version model (100 newest): p95`,
    v.timing.p95,
    "ms",
    {
      target: "≤ 50 ms",
      pass: v.timing.p95 <= 50,
    },
  );
  const deep = await sequential(`${big}?limit=100&cursor=150`, { headers: auth }, SEQ_RUNS);
  row("version list, the page of the oldest versions (keyset): p95", deep.timing.p95, "ms", {
    target: "≤ 50 ms",
    pass: deep.timing.p95 <= 50,
  });
  for (const [label, at] of [
    ["model search", search],
    ["version list", (l: number) => `${big}?limit=${l}`],
  ] as const) {
    const small = await statementsOf(at(10), { headers: auth });
    const large = await statementsOf(at(100), { headers: auth });
    row(`${label}: SQL statements for 10 rows / 100 rows`, `${small} / ${large}`, "", {
      target: "equal",
      pass: small === large,
    });
  }
  // Registering into the model that already has the most versions (MLflow's create path loads them all).
  const into = `${app.url}/api/v1/models/${TEAM}/${seeded.bigModel}/versions`;
  const regMs: number[] = [];
  for (let i = 0; i < (quick ? 20 : 200); i++) {
    const t0 = performance.now();
    const res = await fetch(into, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: registrationBody(1_000_000 + i),
    });
    await res.arrayBuffer();
    if (res.status !== 201) throw new Error(`registration into the big model answered ${res.status}`);
    regMs.push(performance.now() - t0);
  }
  const reg = percentiles(regMs);
  row(
    `registration into the ${SCALE.bigModelVersions.toLocaleString("en")}-version model, one at a time: p50 / p99`,
    `${reg.p50.toFixed(1)} / ${reg.p99.toFixed(1)}`,
    "ms",
  );
}

/** The audit trail at 1M events: filtered pages at any depth, verification, a streamed export. */
async function audit(app: AppInstance, fixture: Fixture) {
  const row = section("Audit trail at scale");
  const cookie = await signIn(app.url, fixture.auditorEmail, PASSWORD);
  const init = { headers: { cookie } };
  const events = `${app.url}/api/v1/audit/events`;
  const first = await sequential(`${events}?action=version.registered&limit=50`, init, SEQ_RUNS / 2);
  row("filtered page (action = version.registered), first: p95", first.timing.p95, "ms", {
    target: "≤ 100 ms",
    pass: first.timing.p95 <= 100,
  });
  const deep = await sequential(
    `${events}?action=version.registered&limit=50&before=5000`,
    init,
    SEQ_RUNS / 2,
  );
  row("filtered page (action), deep (before #5,000 of 1M): p95", deep.timing.p95, "ms", {
    target: "≤ 100 ms",
    pass: deep.timing.p95 <= 100,
  });
  const team = await sequential(
    `${events}?team=${TEAM}&action=transition.&limit=50&before=20000`,
    init,
    SEQ_RUNS / 2,
  );
  row("filtered page (team + action family), deep: p95", team.timing.p95, "ms", {
    target: "≤ 100 ms",
    pass: team.timing.p95 <= 100,
  });
  const small = await statementsOf(`${events}?action=version.registered&limit=10`, init);
  const large = await statementsOf(`${events}?action=version.registered&limit=100`, init);
  row("audit page: SQL statements for 10 rows / 100 rows", `${small} / ${large}`, "", {
    target: "equal",
    pass: small === large,
  });

  const t0 = performance.now();
  const res = await fetch(`${app.url}/api/v1/audit/verify`, { method: "POST", headers: { cookie } });
  const verdict = (await res.json()) as { valid?: boolean; checkedThrough?: number; events?: number };
  const verifyS = (performance.now() - t0) / 1000;
  if (!res.ok) throw new Error(`verification answered ${res.status}: ${JSON.stringify(verdict)}`);
  row("full chain verification (POST /api/v1/audit/verify)", verifyS, "s", {
    target: "≤ 30 s",
    pass: verifyS <= 30,
    note: JSON.stringify(verdict).slice(0, 160),
  });

  const exported = await peakRss(app.process.pid!, async () => {
    const t1 = performance.now();
    const r = await fetch(`${app.url}/api/v1/audit/export?format=csv`, { headers: { cookie } });
    if (!r.ok || !r.body) throw new Error(`export answered ${r.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    }
    return { bytes, lines, seconds: (performance.now() - t1) / 1000 };
  });
  const mb = (b: number) => b / 1024 / 1024;
  row("CSV export of the whole trail", exported.result.seconds, "s", {
    note: `${exported.result.lines.toLocaleString("en")} lines, ${mb(exported.result.bytes).toFixed(0)} MB`,
  });
  row("CSV export: peak memory of the app process", mb(exported.peak), "MB", {
    target: "≤ 256 MB",
    pass: mb(exported.peak) <= 256,
    note: `before the export: ${mb(exported.before).toFixed(0)} MB`,
  });
  row("CSV export: memory it added (peak − before)", mb(exported.peak - exported.before), "MB", {
    note: "the export streams in batches; the rest is the Next.js server itself",
  });
}

/** Champion vs challenger with 100k online points per version. */
async function comparison(app: AppInstance, auth: Record<string, string>, seeded: SeededScale) {
  const row = section("Champion / challenger");
  const base = `${app.url}/api/v1/models/${TEAM}/${seeded.compareModel.name}`;
  const runs = quick ? 10 : 50;
  const series = await sequential(
    `${base}/online-metrics?versions=champion,challenger&key=${seeded.compareModel.metricKey}`,
    { headers: auth },
    runs,
  );
  row("online series, champion + challenger, all points (≥ 100k per version): p95", series.timing.p95, "ms", {
    target: "≤ 200 ms",
    pass: series.timing.p95 <= 200,
    note: `p50 ${series.timing.p50.toFixed(1)} ms`,
  });
  const compare = await sequential(`${base}/compare`, { headers: auth }, runs);
  row("comparison (offline metrics, params, lineage diff): p95", compare.timing.p95, "ms", {
    target: "≤ 200 ms",
    pass: compare.timing.p95 <= 200,
    note: `p50 ${compare.timing.p50.toFixed(1)} ms`,
  });
}

/** EXPLAIN of every statement the list/search services send: no sequential scan on a large table. */
async function explainSection(handle: DbHandle, fixture: Fixture, seeded: SeededScale) {
  const row = section("Query plans (EXPLAIN)");
  const ctx = fixture.contributor.ctx;
  const db = handle.db;
  const auditor = systemContext(db, "bench");
  const ref = { team: TEAM, name: seeded.bigModel };
  const cases: [string, () => Promise<unknown>][] = [
    [
      "resolve team/name@champion",
      () => resolveModelRef(createContext(db, ctx.actor), `${TEAM}/${RESOLVE_MODEL}@champion`),
    ],
    [
      "model search, 3 tags",
      () => searchModels(createContext(db, ctx.actor), { tags: seeded.searchTags, limit: 100 }),
    ],
    ["model list by name", () => searchModels(createContext(db, ctx.actor), { sort: "name", limit: 100 })],
    ["version list, big model", () => listVersions(createContext(db, ctx.actor), ref, { limit: 100 })],
    [
      "version list, big model, oldest page",
      () => listVersions(createContext(db, ctx.actor), ref, { limit: 100, cursor: 150 }),
    ],
    [
      "audit page, action filter, deep",
      () => listAuditEvents(auditor, { action: "version.registered" }, { limit: 50, beforeSeq: 5000 }),
    ],
    [
      "audit page, model filter",
      () => listAuditEvents(auditor, { model: `${TEAM}/${seeded.compareModel.name}` }, { limit: 50 }),
    ],
    [
      "online series",
      () =>
        onlineSeries(createContext(db, ctx.actor), {
          team: TEAM,
          name: seeded.compareModel.name,
          versions: ["champion", "challenger"],
          key: seeded.compareModel.metricKey,
        }),
    ],
  ];
  const plans = await explainPlans(handle, cases);
  for (const p of plans) {
    row(
      `${p.label}: statements / sequential scans on large tables`,
      `${p.statements} / ${p.seqScans.length ? p.seqScans.join(", ") : "none"}`,
      "",
      {
        target: "no seq scan",
        pass: p.seqScans.length === 0,
      },
    );
  }
}

/** The embedded database: resolve as a ratio of PostgreSQL mode, and 50 concurrent mixed requests. */
async function embedded(pgResolve: LoadResult) {
  const row = section("Embedded mode (PGlite)");
  const dataDir = mkdtempSync(join(tmpdir(), "modelgate-bench-pglite-"));
  const handle = await createDb({ dataDir });
  await handle.migrate();
  const fixture = await createFixture(handle.db);
  await createChampion(handle.db, fixture);
  await handle.close(); // releases the data directory for the app
  const app = await startApp({ port: PORT + 2, dataDir, signingKeyPem: signingKeyPem() });
  apps.push(app);
  const auth = { authorization: `Bearer ${fixture.token}` };
  const resolveUrl = `${app.url}/api/v1/resolve?ref=${TEAM}/${RESOLVE_MODEL}@champion`;
  await load({ url: resolveUrl, headers: auth, seconds: 2 });
  const resolve = await load({ url: resolveUrl, headers: auth, seconds: SATURATE_S });
  assertClean(resolve, "embedded resolve");
  row("alias resolve, saturated (10 connections)", resolve.rps, "req/s", {
    baseline: "PostgreSQL mode (empty registry)",
    ratio: resolve.rps / pgResolve.rps,
    target: "≥ 40 % of PostgreSQL mode",
    pass: resolve.rps >= 0.4 * pgResolve.rps,
    note: `p50 ${resolve.p50} ms, p99 ${resolve.p99} ms`,
  });
  let i = 0;
  const kinds = ["resolve", "search", "versions", "register", "model"] as const;
  const mixed = await load({
    url: app.url,
    connections: 50,
    seconds: SATURATE_S,
    requests: [
      {
        // Fresh headers on every request: autocannon writes Content-Length into the object it is
        // given, and a GET that inherits a POST's Content-Length makes the server wait for a body.
        setupRequest: (req: Record<string, unknown>) => {
          const kind = kinds[i++ % kinds.length];
          const model = REGISTER_MODELS[i % REGISTER_MODELS.length];
          if (kind === "register")
            return {
              ...req,
              method: "POST",
              path: `/api/v1/models/${TEAM}/${model}/versions`,
              headers: { ...auth, "content-type": "application/json" },
              body: registrationBody(i),
            };
          const path =
            kind === "resolve"
              ? `/api/v1/resolve?ref=${TEAM}/${RESOLVE_MODEL}@champion`
              : kind === "search"
                ? "/api/v1/models?tag=purpose%3Dbench&limit=50"
                : kind === "versions"
                  ? `/api/v1/models/${TEAM}/${model}/versions?limit=50`
                  : `/api/v1/models/${TEAM}/${model}`;
          return { ...req, method: "GET", path, headers: { ...auth }, body: undefined };
        },
      },
    ] as never,
  });
  row("50 concurrent mixed requests (resolve, search, list, register, read)", mixed.rps, "req/s", {
    target: "no hang: every request answered 2xx within 30 s",
    pass: mixed.errors === 0 && mixed.non2xx === 0 && mixed.requests > 0,
    note: `${mixed.requests} requests, ${mixed.errors} errors/timeouts, ${mixed.non2xx} non-2xx, p99 ${mixed.p99} ms, max ${mixed.max} ms`,
  });
  await app.stop();
  apps.splice(apps.indexOf(app), 1);
}

/** Two app instances on one PostgreSQL: load through both, webhooks delivered once. */
async function scaleOut(
  first: AppInstance,
  url: string,
  dataDir: string,
  key: string,
  fixture: Fixture,
  sql: postgres.Sql,
  auth: Record<string, string>,
  resolvePath: string,
  single: LoadResult,
) {
  const row = section("Two instances on one PostgreSQL");
  const received = new Map<string, number>();
  const receiver = createServer((req, res) => {
    const id = String(req.headers["webhook-id"] ?? "");
    req.resume();
    req.on("end", () => {
      received.set(id, (received.get(id) ?? 0) + 1);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(PORT + 5, "127.0.0.1", () => r()));
  try {
    const hook = await createWebhook(fixture.maintainer.ctx, {
      team: TEAM,
      url: `http://127.0.0.1:${PORT + 5}/hook`,
      events: ["version.registered", "version.ready"],
    });
    const second = await startApp({ port: PORT + 1, databaseUrl: url, dataDir, signingKeyPem: key });
    apps.push(second);
    await load({ url: second.url + resolvePath, headers: auth, seconds: 2 });
    const both = await Promise.all(
      [first, second].map((a) =>
        load({ url: a.url + resolvePath, headers: auth, seconds: SATURATE_S, connections: 5 }),
      ),
    );
    for (const [i, r] of both.entries()) assertClean(r, `resolve on instance ${i + 1}`);
    const total = both[0]!.rps + both[1]!.rps;
    row("alias resolve through both instances (5 connections each), together", total, "req/s", {
      baseline: "one instance, 10 connections",
      ratio: total / single.rps,
      note: `${Math.round(both[0]!.rps)} + ${Math.round(both[1]!.rps)} req/s; 2 cores serve the load generator, both apps and PostgreSQL`,
    });
    const n = quick ? 40 : 400;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let k = w; k < n; k += 8) {
          const app = k % 2 ? second : first;
          const res = await fetch(
            `${app.url}/api/v1/models/${TEAM}/${REGISTER_MODELS[k % REGISTER_MODELS.length]}/versions`,
            {
              method: "POST",
              headers: { ...auth, "content-type": "application/json" },
              body: registrationBody(2_000_000 + k),
            },
          );
          await res.arrayBuffer();
          if (res.status !== 201)
            throw new Error(`registration through instance ${(k % 2) + 1} answered ${res.status}`);
        }
      }),
    );
    const deadline = Date.now() + 180_000;
    let pending = Number.POSITIVE_INFINITY;
    let expected = 0;
    while (Date.now() < deadline) {
      const rows = await sql<{ status: string; n: number }[]>`
        select status, count(*)::int as n from webhook_deliveries where webhook_id = ${hook.webhook.id} group by status`;
      expected = rows.reduce((s, r) => s + r.n, 0);
      pending = rows.find((r) => r.status === "pending")?.n ?? 0;
      if (pending === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (performance.now() - started) / 1000;
    const duplicates = [...received.values()].filter((c) => c > 1).length;
    row(
      `webhook deliveries for ${n} registrations through both instances (each delivering)`,
      received.size,
      "events",
      {
        target: `all ${expected} delivered, none twice`,
        pass: pending === 0 && received.size === expected && duplicates === 0,
        note: `${duplicates} delivered more than once, ${pending} still pending; ${seconds.toFixed(1)} s from the first registration to the last delivery`,
      },
    );
  } finally {
    receiver.close();
  }
}

/**
 * Two instances sharing one bucket on a real S3-protocol server (s3rver on loopback): versions
 * registered and uploaded through both, every artifact downloaded from each; then one large
 * upload (1 GiB; 128 MiB in --quick) streamed through the app into S3, with the app's peak RSS.
 */
async function s3Store(url: string, key: string, auth: Record<string, string>) {
  const row = section("S3 artifact store (s3rver), two instances");
  const s3 = new S3rver({
    port: PORT + 6,
    address: "127.0.0.1",
    silent: true,
    directory: mkdtempSync(join(tmpdir(), "modelgate-bench-s3-")),
    configureBuckets: [{ name: "modelgate-bench" }],
  });
  await s3.run();
  const env = {
    MODELGATE_ARTIFACT_STORE: "s3://modelgate-bench/bench",
    AWS_ENDPOINT_URL: `http://127.0.0.1:${PORT + 6}`,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
  };
  const instances: AppInstance[] = [];
  try {
    for (const port of [PORT + 2, PORT + 3]) {
      const a = await startApp({
        port,
        databaseUrl: url,
        dataDir: mkdtempSync(join(tmpdir(), "mg-bench-s3-app-")),
        signingKeyPem: key,
        env,
      });
      apps.push(a);
      instances.push(a);
    }
    const [one, two] = instances as [AppInstance, AppInstance];
    const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
    const n = quick ? 10 : 100;
    const uploaded: { model: string; version: number; sha256: string }[] = [];
    const t0 = performance.now();
    for (let k = 0; k < n; k++) {
      const app = k % 2 ? two : one;
      const bytes = randomBytes(256 * 1024);
      const model = REGISTER_MODELS[k % REGISTER_MODELS.length]!;
      const reg = await fetch(`${app.url}/api/v1/models/${TEAM}/${model}/versions`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ artifacts: [{ path: "model.bin", size: bytes.length, sha256: sha(bytes) }] }),
      });
      if (reg.status !== 201)
        throw new Error(`registration on S3 answered ${reg.status}: ${await reg.text()}`);
      const { version } = (await reg.json()) as { version: number };
      const put = await fetch(
        `${app.url}/api/v1/models/${TEAM}/${model}/versions/${version}/artifacts/model.bin`,
        {
          method: "PUT",
          headers: { ...auth, "content-type": "application/octet-stream" },
          body: bytes,
        },
      );
      if (put.status !== 201) throw new Error(`upload to S3 answered ${put.status}: ${await put.text()}`);
      uploaded.push({ model, version, sha256: sha(bytes) });
    }
    const seconds = (performance.now() - t0) / 1000;
    let intact = 0;
    for (const u of uploaded)
      for (const app of instances) {
        const res = await fetch(
          `${app.url}/api/v1/models/${TEAM}/${u.model}/versions/${u.version}/artifacts/model.bin`,
          { headers: auth },
        );
        if (res.status === 200 && sha(Buffer.from(await res.arrayBuffer())) === u.sha256) intact++;
      }
    row(
      `versions with a 256 KiB artifact registered and uploaded through both instances`,
      n / seconds,
      "versions/s",
      {
        note: `${n} versions in ${seconds.toFixed(1)} s (register + upload, one at a time)`,
      },
    );
    row("artifacts downloaded intact from either instance", intact, "downloads", {
      target: `all ${n * 2}`,
      pass: intact === n * 2,
    });

    // One large upload, streamed: a 1 MiB random block repeated, hashed on the way out too.
    const size = (quick ? 128 : 1024) * 1024 * 1024;
    const block = randomBytes(1024 * 1024);
    const hash = createHash("sha256");
    for (let i = 0; i < size / block.length; i++) hash.update(block);
    const digest = hash.digest("hex");
    const model = REGISTER_MODELS[0]!;
    const reg = await fetch(`${one.url}/api/v1/models/${TEAM}/${model}/versions`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ artifacts: [{ path: "weights.bin", size, sha256: digest }] }),
    });
    const { version } = (await reg.json()) as { version: number };
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= size) return controller.close();
        controller.enqueue(block);
        sent += block.length;
      },
    });
    const started = performance.now();
    const { result, before, peak } = await peakRss(one.process.pid!, async () => {
      const res = await fetch(
        `${one.url}/api/v1/models/${TEAM}/${model}/versions/${version}/artifacts/weights.bin`,
        {
          method: "PUT",
          headers: { ...auth, "content-type": "application/octet-stream", "content-length": String(size) },
          body,
          duplex: "half",
        } as RequestInit,
      );
      return { status: res.status, body: await res.text() };
    });
    if (result.status !== 201) throw new Error(`the large upload answered ${result.status}: ${result.body}`);
    const uploadSeconds = (performance.now() - started) / 1000;
    const mib = size / 1024 / 1024;
    row(`${mib} MiB upload streamed into S3: app process peak RSS`, peak / 1024 / 1024, "MB", {
      target: "constant memory: peak − before ≤ 128 MB",
      pass: peak - before <= 128 * 1024 * 1024,
      note: `${Math.round(before / 1024 / 1024)} MB before; ${(mib / uploadSeconds).toFixed(0)} MiB/s (hash, multipart upload, copy to its sha256 key, scan)`,
    });
    const down = await peakRss(two.process.pid!, async () => {
      const res = await fetch(
        `${two.url}/api/v1/models/${TEAM}/${model}/versions/${version}/artifacts/weights.bin`,
        { headers: auth },
      );
      const h = createHash("sha256");
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) h.update(chunk);
      return h.digest("hex");
    });
    row(`${mib} MiB download from S3 through the other instance: peak RSS`, down.peak / 1024 / 1024, "MB", {
      target: "intact, constant memory: peak − before ≤ 128 MB",
      pass: down.result === digest && down.peak - down.before <= 128 * 1024 * 1024,
      note: `${Math.round(down.before / 1024 / 1024)} MB before; sha256 ${down.result === digest ? "matches" : "DIFFERS"}`,
    });
  } finally {
    await Promise.all(instances.map((a) => a.stop()));
    for (const a of instances) apps.splice(apps.indexOf(a), 1);
    await s3.close();
  }
}
