import "server-only";
import { join } from "node:path";
import {
  type ArtifactStore,
  type AuditSigner,
  createArtifactStore,
  createAuditCheckpoint,
  expireDueRequests,
  loadAuditSigner,
  prepareInstance,
  type RunningWebhookWorker,
  type StartupResult,
  startWebhookWorker,
  systemContext,
  type WebhookPolicy,
} from "@modelgate/core";
import { getLogger, runJob } from "@modelgate/core/log";
import { createDb, type DbHandle } from "@modelgate/db/runtime";
import { type Config, ConfigError, getConfig } from "./config";

export interface Runtime {
  config: Config;
  handle: DbHandle;
  startup: StartupResult;
  artifactStore: ArtifactStore;
  auditSigner: AuditSigner;
  webhookPolicy: WebhookPolicy;
}

// One per process, shared by the instrumentation hook and every route bundle.
const KEY = Symbol.for("modelgate.runtime");
// The HTTP server (server.ts) calls this after the last in-flight request has finished.
const SHUTDOWN = Symbol.for("modelgate.shutdown");
type Holder = { [KEY]?: Promise<Runtime>; [SHUTDOWN]?: () => Promise<void> };

/** The demo's sign-in details are for the person who just ran `npm start`: plain text, not a log line. */
function printDemoLogins(result: Extract<StartupResult, { kind: "seeded-demo" }>) {
  const width = Math.max(...result.personas.map((p) => p.email.length));
  const lines = [
    "",
    "  Demo organisation created. Sign in as any of these (password for all below):",
    "",
    ...result.personas.map((p) => `    ${p.email.padEnd(width)}  ${p.persona}`),
    "",
    `    password: ${result.password}`,
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function start(): Promise<Runtime> {
  const config = getConfig();
  const log = getLogger();
  // next-auth builds callback URLs from this; default to the port we serve on.
  process.env.NEXTAUTH_URL ??= `http://localhost:${config.PORT}`;
  const handle = await createDb({ url: config.DATABASE_URL, dataDir: config.dataDir });
  const artifactStore = createArtifactStore(config.artifactStore);
  const timers: NodeJS.Timeout[] = [];
  let worker: RunningWebhookWorker | undefined;
  try {
    await artifactStore.check();
    const auditSigner = loadAuditSigner({
      pem: config.MODELGATE_AUDIT_SIGNING_KEY,
      keyFile: join(config.dataDir, "audit-signing-key.pem"),
    });
    await handle.migrate();
    const startup = await prepareInstance(handle.db, {
      demoSeed: config.demoSeed,
      demoPassword: config.MODELGATE_DEMO_PASSWORD,
      adminEmail: config.MODELGATE_ADMIN_EMAIL,
      adminPassword: config.MODELGATE_ADMIN_PASSWORD,
      artifactStore,
    });
    log.info(
      {
        db: handle.kind,
        ...(handle.kind === "pglite" ? { dataDir: config.dataDir } : {}),
        artifactStore: { kind: artifactStore.kind, location: artifactStore.location },
        startup: startup.kind,
        ...(startup.kind === "created-admin" ? { admin: startup.email } : {}),
      },
      handle.kind === "pglite"
        ? `Modelgate is using the embedded database in ${config.dataDir}`
        : "Modelgate is using PostgreSQL (DATABASE_URL)",
    );
    if (startup.kind === "seeded-demo") printDemoLogins(startup);
    if (config.productionServer && !config.MODELGATE_AUDIT_SIGNING_KEY)
      log.warn(
        `MODELGATE_AUDIT_SIGNING_KEY is not set: audit checkpoints are signed with ${join(config.dataDir, "audit-signing-key.pem")}. Several instances must share one key — set it on every instance.`,
      );
    if (config.productionServer && artifactStore.kind === "local")
      log.info(
        `Artifacts are stored in ${artifactStore.location}: every instance must share that directory, or set MODELGATE_ARTIFACT_STORE=s3://bucket/prefix.`,
      );
    // Pending requests past their expiry are closed (and audited) once a minute.
    timers.push(
      setInterval(
        () =>
          void runJob(
            "requests.expire",
            async () => ({ expired: await expireDueRequests(systemContext(handle.db, "Modelgate expiry")) }),
            { idle: (r) => r.expired === 0 },
          ),
        60_000,
      ),
    );
    // The chain head is signed once a minute when it moved (after verifying the new segment).
    const checkpoint = () =>
      runJob(
        "audit.checkpoint",
        async () => {
          const { checkpoint, broken } = await createAuditCheckpoint(handle.db, auditSigner);
          if (broken)
            log.error(
              { job: "audit.checkpoint", broken },
              `AUDIT CHAIN BROKEN at #${broken.seq}: ${broken.reason}; not signing`,
            );
          return { signedSeq: checkpoint?.seq ?? null, broken: Boolean(broken) };
        },
        { idle: (r) => r.signedSeq === null && !r.broken },
      );
    void checkpoint();
    timers.push(setInterval(checkpoint, 60_000));
    // Upload temporaries left behind by a crash (never referenced by any artifact), once an hour.
    const sweep = () =>
      runJob("artifacts.sweep", async () => ({ removed: await artifactStore.sweepTemporary(86_400_000) }), {
        idle: (r) => r.removed === 0,
      });
    void sweep();
    timers.push(setInterval(sweep, 3_600_000));
    for (const t of timers) t.unref();
    const webhookPolicy = { allowPrivateNetworks: config.MODELGATE_WEBHOOK_ALLOW_PRIVATE };
    // Webhook deliveries from the outbox; several instances share it (FOR UPDATE SKIP LOCKED).
    if (config.MODELGATE_WEBHOOK_WORKER) worker = startWebhookWorker(handle.db, webhookPolicy);
    (globalThis as Holder)[SHUTDOWN] = async () => {
      for (const t of timers) clearInterval(t);
      await worker?.stop(); // after the delivery in flight is recorded
      await artifactStore.close();
      await handle.close(); // the embedded database releases its directory lock here
      log.info("Modelgate stopped: database closed");
    };
    return { config, handle, startup, artifactStore, auditSigner, webhookPolicy };
  } catch (e) {
    for (const t of timers) clearInterval(t);
    await worker?.stop();
    await artifactStore.close();
    await handle.close();
    throw e;
  }
}

/** Opens, migrates and prepares the database once per process. */
export function getRuntime(): Promise<Runtime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= start();
  return holder[KEY];
}

export async function getDb() {
  return (await getRuntime()).handle.db;
}

/** Start-up from the instrumentation hook: a process that cannot serve should not pretend to. */
export async function startOrExit(): Promise<void> {
  try {
    await getRuntime();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // A configuration problem is the operator's to fix: say what, without a stack trace.
    if (e instanceof ConfigError)
      getLogger().fatal({ problems: e.problems }, `Modelgate cannot start: ${message}`);
    else getLogger().fatal({ err: e }, `Modelgate cannot start: ${message}`);
    process.exit(1);
  }
}
