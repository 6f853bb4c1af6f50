#!/usr/bin/env node
// The README's production commands, run verbatim from a clean clone (`npm test` runs this):
// embedded, PostgreSQL, and PostgreSQL + S3 (a real S3-protocol server, s3rver). In each mode the
// first admin signs in, creates a team and a token, and the CLI registers and resolves a version
// (e2e/production/journey.spec.ts). Then: a graceful stop with a registration in flight, the
// README's backup and restore into a fresh instance (the audit chain verifies, every artifact's
// sha256 matches), moving a local artifact store into S3, an upgrade from the data the previous
// release wrote (e2e/fixtures/upgrade-*), and one build serving every mode.
//
// Usage: node scripts/production-paths.mjs <postgres server URL whose user may create databases>
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { log, root } from "./lib.mjs";

const serverUrl = process.argv[2];
if (!serverUrl) {
  console.error("usage: node scripts/production-paths.mjs postgres://user:pass@host:port/db");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "mg-production-"));
const clone = join(work, "modelgate");
const results = [];
const running = new Set();
/** The README's example database URL, replaced by a throwaway database of the test server. */
const DB_PLACEHOLDER = "postgres://modelgate:secret@db.internal:5432/modelgate";

// ---------------------------------------------------------------------------------------------
// Helpers

function sh(cmd, opts = {}) {
  execFileSync("bash", ["-euo", "pipefail", "-c", cmd], {
    cwd: clone,
    stdio: "inherit",
    ...opts,
    env: { ...process.env, ...opts.env },
  });
}

async function freePort() {
  const srv = createServer();
  await new Promise((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

function freshDatabase(name) {
  const admin = new URL(serverUrl);
  execFileSync(
    "psql",
    [
      admin.toString(),
      "-qc",
      `drop database if exists ${name} with (force)`,
      "-c",
      `create database ${name}`,
    ],
    {
      stdio: "inherit",
    },
  );
  admin.pathname = `/${name}`;
  return admin.toString();
}

/** The fenced shell blocks of the README marked `<!-- ci: name -->`. */
function readmeBlocks() {
  const text = readFileSync(join(clone, "README.md"), "utf8");
  const blocks = {};
  for (const m of text.matchAll(/<!-- ci: ([\w-]+) -->\s*```(?:sh|bash)\n([\s\S]*?)```/g))
    blocks[m[1]] = m[2].trim();
  return blocks;
}

/** A README block with its placeholders replaced by this machine's values; every placeholder must be there. */
function fill(blocks, name, substitutions = []) {
  let block = blocks[name];
  if (!block) throw new Error(`README.md has no block marked <!-- ci: ${name} -->`);
  for (const [from, to] of substitutions) {
    if (!block.includes(from)) throw new Error(`README block ${name} no longer contains ${from}`);
    block = block.replaceAll(from, to);
  }
  return block;
}

/** Runs a server command (a README block ending in `npm start`) in its own process group. */
async function startServer(label, cmd, { port, env = {}, timeoutMs = 900_000 } = {}) {
  log(`${label}: ${cmd.replace(/\\\n\s*/g, " ")}`);
  const output = [];
  const proc = spawn("bash", ["-euo", "pipefail", "-c", cmd], {
    cwd: clone,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), ...env },
  });
  const server = { label, proc, output, url: `http://localhost:${port}` };
  running.add(server);
  const keep = (d) => {
    output.push(d.toString());
    if (process.env.MG_VERBOSE) process.stdout.write(d);
  };
  proc.stdout.on("data", keep);
  proc.stderr.on("data", keep);
  server.exited = new Promise((r) => proc.once("exit", (code, signal) => r({ code, signal })));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null)
      throw new Error(`${label} exited (${proc.exitCode}) before it was ready:\n${tail(output)}`);
    try {
      const res = await fetch(`${server.url}/api/health`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${label} did not become ready:\n${tail(output)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return server;
}

const tail = (output, n = 60) => output.join("").split("\n").slice(-n).join("\n");

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * SIGTERM to the whole process group, as Ctrl-C or systemd does (npm itself exits at once without
 * passing it on; the server gets it directly). Stopped cleanly = the server said so and every
 * process of the group is gone within a minute.
 */
async function stopServer(server) {
  process.kill(-server.proc.pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (groupAlive(server.proc.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  running.delete(server);
  const output = server.output.join("");
  if (groupAlive(server.proc.pid)) {
    process.kill(-server.proc.pid, "SIGKILL");
    throw new Error(`${server.label} did not stop within a minute:\n${tail(server.output)}`);
  }
  if (!output.includes("Modelgate stopped"))
    throw new Error(`${server.label} did not stop cleanly:\n${tail(server.output)}`);
  return output;
}

function playwright(spec, env) {
  execFileSync(
    "pnpm",
    [
      "--filter",
      "@modelgate/e2e",
      "exec",
      "playwright",
      "test",
      "-c",
      "playwright.production.config.ts",
      spec,
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, MG_CLI: join(clone, "packages/client/dist/cli.js"), ...env },
    },
  );
}

/** A server command started, checked by restored.spec.ts (the state of an earlier journey is all there), stopped. */
async function checkRestored(label, cmd, env, state, port) {
  const server = await startServer(label, cmd, { port });
  playwright("restored.spec.ts", { ...env, MG_URL: server.url, MG_PHASE: "restored", MG_STATE_FILE: state });
  await stopServer(server);
}

async function check(name, fn) {
  const t0 = Date.now();
  log(`production path: ${name}`);
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.error(`  ✖ ${name}: ${e.stack ?? e}`);
  }
}

function jsonLogLines(output) {
  return output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return undefined;
      }
    })
    .filter(Boolean);
}

/** The server logs one JSON line per request, with its id, route, status and duration — and never a secret. */
function checkLogs(output, secrets) {
  const lines = jsonLogLines(output);
  const requests = lines.filter((l) => l.msg === "request");
  if (
    !requests.some((l) => l.route === "/api/health" && l.status === 200 && l.requestId && l.durationMs >= 0)
  )
    throw new Error(`no request log line for /api/health:\n${output.slice(-3000)}`);
  if (!requests.some((l) => l.route.startsWith("/api/v1/") && l.actorType === "token" && l.actorId))
    throw new Error("no request log line naming the token that made an API call");
  const logged = JSON.stringify(lines);
  for (const s of secrets.filter(Boolean))
    if (logged.includes(s)) throw new Error(`a secret reached the log: ${s.slice(0, 6)}…`);
}

/** Registers a version with one declared artifact, then uploads it slowly while the server is told to stop. */
async function registrationInFlightAcrossStop(server, state) {
  const bytes = randomBytes(4 * 1024 * 1024);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const auth = { authorization: `Bearer ${state.token}` };
  const reg = await fetch(`${server.url}/api/v1/models/${state.model}/versions`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ artifacts: [{ path: "slow.bin", size: bytes.length, sha256 }] }),
  });
  if (reg.status !== 201) throw new Error(`registration: ${reg.status} ${await reg.text()}`);
  const { version } = await reg.json();
  let sent = 0;
  let stopped;
  const chunk = 256 * 1024;
  const body = new ReadableStream({
    async pull(controller) {
      if (sent >= bytes.length) return controller.close();
      // Half way through the upload, the instance is told to stop; the rest still arrives.
      if (sent === bytes.length / 2) {
        stopped = stopServer(server);
        stopped.catch(() => {}); // awaited below
      }
      await new Promise((r) => setTimeout(r, 150));
      controller.enqueue(bytes.subarray(sent, sent + chunk));
      sent += chunk;
    },
  });
  const res = await fetch(
    `${server.url}/api/v1/models/${state.model}/versions/${version}/artifacts/slow.bin`,
    {
      method: "PUT",
      headers: {
        ...auth,
        "content-type": "application/octet-stream",
        "content-length": String(bytes.length),
      },
      body,
      duplex: "half",
    },
  );
  const answer = await res.json();
  if (res.status !== 201 || answer.versionStatus !== "ready")
    throw new Error(`the in-flight upload got ${res.status} ${JSON.stringify(answer)}`);
  if (!stopped) throw new Error("the stop was never sent");
  const output = await stopped;
  state.artifacts.push({ version, path: "slow.bin", sha256, size: bytes.length });
  return output;
}

const require = createRequire(join(root, "packages/db/package.json"));

/** What the fixture's manifest records, read back from the database after the upgrade. */
async function databaseFacts(kind, where) {
  const q = `select
    (select count(*)::int from registered_models) as models,
    (select count(*)::int from model_versions) as versions,
    (select json_agg(sha256 order by sha256) from artifacts where status = 'verified' and not external) as "artifactSha256"`;
  const headQ = (seq) => `select hash from audit_events where seq = ${Number(seq)}`;
  if (kind === "pglite") {
    const { PGlite } = await import(require.resolve("@electric-sql/pglite"));
    const db = new PGlite(where);
    const facts = (await db.query(q)).rows[0];
    return {
      facts,
      headHash: async (seq) => (await db.query(headQ(seq))).rows[0]?.hash,
      close: () => db.close(),
    };
  }
  const postgres = (await import(require.resolve("postgres"))).default;
  const sql = postgres(where, { onnotice: () => {} });
  const [facts] = await sql.unsafe(q);
  return { facts, headHash: async (seq) => (await sql.unsafe(headQ(seq)))[0]?.hash, close: () => sql.end() };
}

function sha256File(path) {
  return new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(path)
      .on("data", (d) => h.update(d))
      .on("end", () => resolve(h.digest("hex")))
      .on("error", reject);
  });
}

/** Nothing lost: every model, version, artifact (bytes included) and audit event of the old release is there. */
async function compareWithManifest(expected, kind, where, artifactsDir) {
  const db = await databaseFacts(kind, where);
  try {
    if (db.facts.models !== expected.models || db.facts.versions !== expected.versions)
      throw new Error(`after the upgrade: ${JSON.stringify(db.facts)}, expected ${JSON.stringify(expected)}`);
    if (JSON.stringify(db.facts.artifactSha256) !== JSON.stringify(expected.artifactSha256))
      throw new Error("the uploaded artifacts differ after the upgrade");
    if ((await db.headHash(expected.headSeq)) !== expected.headHash)
      throw new Error(`audit event #${expected.headSeq} is not the one the old release wrote`);
  } finally {
    await db.close();
  }
  for (const hex of expected.artifactSha256) {
    const got = await sha256File(join(artifactsDir, "sha256", hex.slice(0, 2), hex));
    if (got !== hex) throw new Error(`artifact ${hex} has other bytes after the upgrade`);
  }
}

// ---------------------------------------------------------------------------------------------

let exitCode = 0;
try {
  log(`Cloning ${root} (committed HEAD) into ${clone}`);
  execFileSync("git", ["clone", "--quiet", "--no-hardlinks", root, clone], { stdio: "inherit" });
  const blocks = readmeBlocks();

  // S3-protocol server (s3rver from the npm registry), its credentials are fixed: S3RVER/S3RVER.
  const s3Port = await freePort();
  const s3 = spawn(
    join(root, "node_modules/.bin/s3rver"),
    [
      "-d",
      join(work, "s3"),
      "-a",
      "127.0.0.1",
      "-p",
      String(s3Port),
      "--silent",
      "--configure-bucket",
      "modelgate-artifacts",
      "--configure-bucket",
      "modelgate-restore",
    ],
    { stdio: "inherit" },
  );
  running.add({ proc: s3, label: "s3rver" });
  const s3Endpoint = `http://127.0.0.1:${s3Port}`;
  const s3Substitutions = [
    ["http://minio.internal:9000", s3Endpoint],
    ["AWS_ACCESS_KEY_ID=modelgate", "AWS_ACCESS_KEY_ID=S3RVER"],
    ["AWS_SECRET_ACCESS_KEY='the secret key'", "AWS_SECRET_ACCESS_KEY=S3RVER"],
  ];
  const s3Env = {
    AWS_ENDPOINT_URL: s3Endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
  };
  const admin = (block) => ({
    MG_ADMIN_EMAIL: block.match(/MODELGATE_ADMIN_EMAIL=(\S+)/)[1],
    MG_ADMIN_PASSWORD: block.match(/MODELGATE_ADMIN_PASSWORD='([^']+)'/)[1],
  });
  const port = await freePort();
  const dataDir = join(clone, ".data");
  const moveAside = (name) => existsSync(dataDir) && renameSync(dataDir, join(clone, name));

  // --- embedded (the README's first command) -------------------------------------------------
  await check(
    "embedded: npm start, first admin journey, graceful stop with an upload in flight",
    async () => {
      const server = await startServer("embedded", fill(blocks, "run"), { port });
      const password = server.output.join("").match(/password: (\S+)/)?.[1];
      if (!password) throw new Error("the demo password was not printed");
      const state = join(work, "embedded.json");
      const env = { MG_URL: server.url, MG_ADMIN_EMAIL: "admin@modelgate.dev", MG_ADMIN_PASSWORD: password };
      playwright("journey.spec.ts", {
        ...env,
        MG_EXPECT_DB: "pglite",
        MG_EXPECT_STORE: "local",
        MG_STATE_FILE: state,
      });
      const registered = JSON.parse(readFileSync(state, "utf8"));
      const output = await registrationInFlightAcrossStop(server, registered);
      if (existsSync(join(dataDir, "modelgate.lock")))
        throw new Error("the embedded database's lock was left behind");
      checkLogs(output, [password, registered.token]);
      writeFileSync(state, JSON.stringify(registered));

      sh(fill(blocks, "backup-embedded"));
      moveAside(".data-embedded");
      await checkRestored("embedded, restored", fill(blocks, "restore-embedded"), env, state, port);
      moveAside(".data-embedded-restored");
    },
  );

  // --- PostgreSQL -----------------------------------------------------------------------------
  await check("PostgreSQL: the README's command, first admin journey, backup and restore", async () => {
    const url = freshDatabase("mg_production");
    const cmd = fill(blocks, "production-postgres", [[DB_PLACEHOLDER, url]]);
    const server = await startServer("PostgreSQL", cmd, { port });
    const state = join(work, "postgres.json");
    const env = { MG_URL: server.url, ...admin(cmd) };
    playwright("journey.spec.ts", {
      ...env,
      MG_EXPECT_DB: "postgres",
      MG_EXPECT_STORE: "local",
      MG_STATE_FILE: state,
    });
    const output = await stopServer(server);
    checkLogs(output, [env.MG_ADMIN_PASSWORD, JSON.parse(readFileSync(state, "utf8")).token]);

    sh(fill(blocks, "backup-postgres"), { env: { DATABASE_URL: url } });
    moveAside(".data-postgres");
    const restoredUrl = freshDatabase("mg_production_restored");
    sh(fill(blocks, "restore-postgres"), { env: { DATABASE_URL: restoredUrl } });
    await checkRestored("PostgreSQL, restored", cmd.replace(url, restoredUrl), env, state, port);

    // The same installation moves its artifacts into S3 and serves them from there.
    sh(fill(blocks, "copy-to-s3", s3Substitutions));
    await checkRestored(
      "PostgreSQL, artifacts moved to S3",
      fill(blocks, "production-s3", [[DB_PLACEHOLDER, restoredUrl], ...s3Substitutions]),
      env,
      state,
      port,
    );
    moveAside(".data-postgres-restored");
  });

  // --- PostgreSQL + S3 ------------------------------------------------------------------------
  await check("PostgreSQL + S3: the README's command, first admin journey, backup and restore", async () => {
    const url = freshDatabase("mg_production_s3");
    const cmd = fill(blocks, "production-s3", [[DB_PLACEHOLDER, url], ...s3Substitutions]);
    const server = await startServer(
      "PostgreSQL + S3",
      cmd.replace("s3://modelgate-artifacts/prod", "s3://modelgate-artifacts/s3-mode"),
      { port },
    );
    const state = join(work, "s3.json");
    const env = { MG_URL: server.url, ...admin(cmd) };
    playwright("journey.spec.ts", {
      ...env,
      MG_EXPECT_DB: "postgres",
      MG_EXPECT_STORE: "s3",
      MG_STATE_FILE: state,
    });
    await stopServer(server);

    const asDeployed = (block) =>
      block.replaceAll("s3://modelgate-artifacts/prod", "s3://modelgate-artifacts/s3-mode");
    sh(asDeployed(fill(blocks, "backup-s3")), { env: { DATABASE_URL: url, ...s3Env } });
    const restoredUrl = freshDatabase("mg_production_s3_restored");
    // A fresh instance: a new database and a new bucket.
    sh(
      fill(blocks, "restore-s3").replaceAll("s3://modelgate-artifacts/prod", "s3://modelgate-restore/prod"),
      {
        env: { DATABASE_URL: restoredUrl, ...s3Env },
      },
    );
    await checkRestored(
      "PostgreSQL + S3, restored",
      cmd.replace(url, restoredUrl).replace("s3://modelgate-artifacts/prod", "s3://modelgate-restore/prod"),
      env,
      state,
      port,
    );
  });

  // --- upgrade from the previous release's data ----------------------------------------------
  const fixtureDir = readdirSync(join(root, "e2e/fixtures")).find((d) => d.startsWith("upgrade-"));
  const fixture = join(root, "e2e/fixtures", fixtureDir);
  const manifest = JSON.parse(readFileSync(join(fixture, "manifest.json"), "utf8"));
  const upgradeEnv = {
    MG_PHASE: "upgraded",
    MG_ADMIN_EMAIL: "auditor@modelgate.dev",
    MG_ADMIN_PASSWORD: "upgrade-fixture-pw",
  };
  await check(`upgrade: the embedded data of ${manifest.release}`, async () => {
    rmSync(dataDir, { recursive: true, force: true });
    sh(`mkdir -p .data && tar -xzf ${join(fixture, "embedded-data.tgz")} -C .data`);
    const server = await startServer("embedded upgrade", fill(blocks, "run"), { port });
    playwright("upgraded.spec.ts", { ...upgradeEnv, MG_URL: server.url });
    await stopServer(server);
    await compareWithManifest(
      manifest.embedded,
      "pglite",
      join(dataDir, "pglite"),
      join(dataDir, "artifacts"),
    );
    moveAside(".data-upgraded");
  });
  await check(`upgrade: the PostgreSQL data of ${manifest.release}`, async () => {
    const url = freshDatabase("mg_upgrade");
    execFileSync(
      "pg_restore",
      ["--no-owner", "--exit-on-error", `--dbname=${url}`, join(fixture, "postgres.dump")],
      { stdio: "inherit" },
    );
    sh(`mkdir -p .data && tar -xzf ${join(fixture, "postgres-data.tgz")} -C .data`);
    const cmd = fill(blocks, "production-postgres", [[DB_PLACEHOLDER, url]]);
    const server = await startServer("PostgreSQL upgrade", cmd, { port });
    playwright("upgraded.spec.ts", { ...upgradeEnv, MG_URL: server.url });
    await stopServer(server);
    await compareWithManifest(manifest.postgres, "postgres", url, join(dataDir, "artifacts"));
    moveAside(".data-upgraded-postgres");
  });

  // --- one build for every mode ---------------------------------------------------------------
  await check("one build: runtime configuration is not part of the build's cache key", async () => {
    const hash = (env) => {
      const out = execFileSync(
        "pnpm",
        ["exec", "turbo", "run", "build", "--filter=@modelgate/web", "--dry=json"],
        {
          cwd: clone,
          encoding: "utf8",
          env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...env },
        },
      );
      return JSON.parse(out).tasks.find((t) => t.taskId === "@modelgate/web#build").hash;
    };
    const a = hash({
      DATABASE_URL: "postgres://a@x/a",
      NEXTAUTH_SECRET: "a".repeat(40),
      PORT: "3000",
      MODELGATE_ARTIFACT_STORE: "s3://a/b",
    });
    const b = hash({
      DATABASE_URL: "postgres://b@y/b",
      NEXTAUTH_SECRET: "b".repeat(40),
      PORT: "4000",
      MODELGATE_DATA_DIR: "/srv",
    });
    if (a !== b) throw new Error(`the build's hash depends on runtime variables (${a} vs ${b})`);
  });
} catch (e) {
  console.error(`\n✖ ${e.stack ?? e}`);
  exitCode = 1;
} finally {
  for (const s of running) {
    try {
      process.kill(s.label === "s3rver" ? s.proc.pid : -s.proc.pid, "SIGKILL");
    } catch {}
  }
}

console.log("\nProduction paths");
for (const r of results) console.log(`  ${r.ok ? "✔" : "✖"} ${r.name}`);
const failed = results.filter((r) => !r.ok).length + exitCode;
console.log(`${results.length - failed} passed, ${failed} failed`);
if (process.env.MG_RESULTS_FILE)
  writeFileSync(process.env.MG_RESULTS_FILE, JSON.stringify({ passed: results.length - failed, failed }));
if (failed === 0) rmSync(work, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
